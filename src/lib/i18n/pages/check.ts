// Messages of the /check page (marking a worksheet) in English and Traditional Chinese. Both languages
// have the same keys: a key missing from one fails type-checking.

import type { Lang, Params } from '$lib/i18n';

const en = {
	'check.title': 'Check answers',
	'check.intro':
		'Type your own numbers for each step. Each answer is marked as you type: an answer that only follows from an earlier slip is marked "carried", not wrong.',
	'source.label': 'Network',
	'source.example': 'Example',
	'source.choose': 'Choose an example…',
	'source.file': 'Open network file…',
	'source.link': 'Share link',
	'source.linkPlaceholder': 'Paste a lab link (…#state=…)',
	'source.linkOpen': 'Open link',
	'source.fromLab': 'Open this network in the lab',
	'source.current': 'Checking: {name}',
	'source.failed': 'Could not open {name}: {reason}',
	'source.badLink': 'This link could not be read ({reason}). The course example is shown instead.',
	'source.untitled': 'untitled network',
	'sheet.heading': 'Worksheet',
	'sheet.answer': 'Your answer for {label}',
	'sheet.notNumber': 'not a number',
	'sheet.summary': '{correct} correct, {imprecise} imprecise, {carried} carried, {wrong} wrong, {unknown} unknown, {blank} not answered',
	'sheet.clear': 'Clear answers',
	'sheet.restored': 'Your saved answers for this network were restored.',
	'sheet.corrupt': 'Your saved answers for this network could not be read and were ignored ({reason}).',
	'sheet.unknownHeading': 'Other keys (no row on this sheet)',
	'verdict.correct': 'correct',
	'verdict.imprecise': 'imprecise',
	'verdict.carried': 'carried',
	'verdict.wrong': 'wrong',
	'verdict.unknown': 'unknown',
	'verdict.blank': 'not answered',
	'verdict.legend': 'Verdicts',
	'verdict.diagramNote': 'Each neuron and weight shows the worst verdict of the answers about it; a dashed line is a negative weight.',
	'working.heading': 'Correct working',
	'working.expected': 'exact value {value}, accepted within ±{tolerance}',
	'working.recomputed': 'from your earlier answers this step gives {value}',
	'working.culprit': 'The first of your earlier answers it depends on that is off: {key}',
	'working.mistakes': 'Likely mistake',
	'working.note': 'Note',
	'paste.label': 'Paste an answers file (JSON)',
	'paste.placeholder': '{"H_1": 0.56, "dE/dw_5": 0.03}',
	'paste.apply': 'Fill in',
	'paste.failed': 'The answers could not be read: {reason}',
	'paste.done': '{n} answers filled in.',
	'paste.unrecognised': '{n} keys name nothing in this network: see below.',
	'export.markdown': 'Download marked sheet (Markdown)',
	'export.print': 'Print',
	'md.title': 'Marked worksheet',
	'md.network': 'Network',
	'md.quantity': 'Quantity',
	'md.answer': 'Answer',
	'md.verdict': 'Verdict',
	'md.comment': 'Comment'
} as const;

export type CheckKey = keyof typeof en;
export type CheckMessages = Record<CheckKey, string>;

const zhTW: CheckMessages = {
	'check.title': '批改答案',
	'check.intro': '在每個步驟輸入你自己算出的數字，邊輸入邊批改：只是沿用前面錯誤而算出的答案標為「連帶」，不算錯。',
	'source.label': '網路',
	'source.example': '範例',
	'source.choose': '選擇範例…',
	'source.file': '開啟網路檔…',
	'source.link': '分享連結',
	'source.linkPlaceholder': '貼上實驗室的連結（…#state=…）',
	'source.linkOpen': '開啟連結',
	'source.fromLab': '在實驗室開啟這個網路',
	'source.current': '正在批改：{name}',
	'source.failed': '無法開啟 {name}：{reason}',
	'source.badLink': '無法讀取這個連結（{reason}），改為顯示課程範例。',
	'source.untitled': '未命名的網路',
	'sheet.heading': '作答表',
	'sheet.answer': '{label} 的答案',
	'sheet.notNumber': '不是數字',
	'sheet.summary': '正確 {correct}，精度不足 {imprecise}，連帶 {carried}，錯誤 {wrong}，不明 {unknown}，未作答 {blank}',
	'sheet.clear': '清除答案',
	'sheet.restored': '已還原你先前為這個網路輸入的答案。',
	'sheet.corrupt': '先前儲存的答案無法讀取，已略過（{reason}）。',
	'sheet.unknownHeading': '其他的鍵（作答表上沒有這一列）',
	'verdict.correct': '正確',
	'verdict.imprecise': '精度不足',
	'verdict.carried': '連帶',
	'verdict.wrong': '錯誤',
	'verdict.unknown': '不明',
	'verdict.blank': '未作答',
	'verdict.legend': '批改結果',
	'verdict.diagramNote': '每個神經元與權重顯示與它相關答案中最差的結果；虛線表示負權重。',
	'working.heading': '正確算法',
	'working.expected': '精確值 {value}，容許誤差 ±{tolerance}',
	'working.recomputed': '用你前面的答案，這一步會得到 {value}',
	'working.culprit': '它所依據的答案中，最早出錯的是：{key}',
	'working.mistakes': '可能的錯誤',
	'working.note': '說明',
	'paste.label': '貼上答案檔（JSON）',
	'paste.placeholder': '{"H_1": 0.56, "dE/dw_5": 0.03}',
	'paste.apply': '填入',
	'paste.failed': '無法讀取答案：{reason}',
	'paste.done': '已填入 {n} 個答案。',
	'paste.unrecognised': '有 {n} 個鍵在這個網路裡找不到對應的量：請看下方。',
	'export.markdown': '下載批改結果（Markdown）',
	'export.print': '列印',
	'md.title': '批改結果',
	'md.network': '網路',
	'md.quantity': '量',
	'md.answer': '答案',
	'md.verdict': '結果',
	'md.comment': '說明'
};

export const CHECK_MESSAGES: Record<Lang, CheckMessages> = { en, 'zh-TW': zhTW };

export type CheckT = (key: CheckKey, params?: Params) => string;

/** The /check message for `key` in `lang`, `{name}` parameters filled in. */
export function t(lang: Lang, key: CheckKey, params?: Params): string {
	const text = CHECK_MESSAGES[lang][key];
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
