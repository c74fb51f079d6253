// `backstep check`'s exit-2 messages in the language of its output. The answers file's mistakes come
// worded in both languages from the engine (AnswersError); the option parser's and the file
// reader's English messages are put in Chinese here by their known forms. A network file's own
// mistake keeps the validator's English detail behind a Chinese lead.

import { isAnswersError } from '../../lib/engine/check';
import { isInputError } from '../../lib/engine/spec/errors';
import { CliError, fileLabel, isCliError } from '../errors';
import type { Lang } from '../lang';

const READ_REASONS: Record<string, string> = {
	'no such file': '找不到這個檔案',
	'it is a directory': '這是一個資料夾',
	'permission denied': '沒有讀取權限',
	'a part of the path is not a directory': '路徑中有一段不是資料夾',
	'the name is too long': '名稱太長',
	'nothing was given': '沒有任何輸入'
};

const andZh = (s: string) => s.replace(/ and /g, ' 與 ');

/** The option parser's and file reader's messages, in Chinese. */
const ZH: [RegExp, (...m: string[]) => string][] = [
	[/^unknown option "(.+?)"(?: — did you mean "(.+)"\?)?$/, (o, near) => `未知的選項 "${o}"${near ? `——你是不是要用 "${near}"？` : ''}`],
	[/^option "(.+)" is given twice$/, (o) => `選項 "${o}" 重複出現`],
	[/^option "(.+)" takes no value$/, (o) => `選項 "${o}" 不接受值`],
	[/^option "(.+)" needs a value$/, (o) => `選項 "${o}" 需要一個值`],
	[
		/^(--[\w-]+): unknown "(.*?)"(?: — did you mean "(.+?)"\?)? \(one of: (.+)\)$/,
		(o, v, near, all) => `${o}：未知的值 "${v}"${near ? `——你是不是要用 "${near}"？` : ''}（可用：${all.replace(/, /g, '、')}）`
	],
	[/^missing (.+) \(use - for standard input; see "(.+)"\)$/, (what, help) => `缺少 ${andZh(what)}（用 - 表示標準輸入；見 "${help}"）`],
	[/^unexpected arguments? (.+)$/, (args) => `多餘的參數 ${args}`],
	[/^cannot read "(.+)": (.+)$/, (path, why) => `無法讀取 "${path}"：${READ_REASONS[why] ?? why}`]
];

function inChinese(message: string): string {
	for (const [pattern, say] of ZH) {
		const m = pattern.exec(message);
		if (m) return say(...m.slice(1));
	}
	return message;
}

/** Any error of the command as it should reach `main`, worded in `lang`. */
export function localiseError(e: unknown, lang: Lang): unknown {
	if (lang === 'en') return e;
	if (isCliError(e)) return new CliError(inChinese(e.message), { status: e.status, command: e.command });
	if (isInputError(e)) return new CliError(inChinese(e.message));
	return e;
}

/** Runs `fn` on the answers file: its mistakes become `FILE: path: what`, in `lang`. */
export function inAnswersFile<T>(file: string, lang: Lang, fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isAnswersError(e)) throw new CliError(`${fileLabel(file)}: ${e.messageIn(lang)}`);
		if (isInputError(e)) throw new CliError(`${fileLabel(file)}: ${e.message}`);
		throw e;
	}
}

/** Runs `fn` on the network file: its mistakes become `FILE: path: what`, led in Chinese for zh-TW. */
export function inNetworkFile<T>(file: string, lang: Lang, fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isInputError(e)) throw new CliError(`${fileLabel(file)}: ${lang === 'en' ? '' : '網路檔有誤：'}${e.message}`);
		throw e;
	}
}

/** The network file's own errors, which readNetwork has already made `FILE: path: what`. */
export async function readingNetwork<T>(lang: Lang, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (e) {
		if (lang !== 'en' && isCliError(e) && !/^cannot read /.test(e.message)) {
			const at = e.message.indexOf(': ');
			throw new CliError(at < 0 ? e.message : `${e.message.slice(0, at)}: 網路檔有誤：${e.message.slice(at + 2)}`, { status: e.status, command: e.command });
		}
		throw e;
	}
}
