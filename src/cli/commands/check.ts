// `backstep check FILE ANSWERS [--json] [--lang en|zh-TW]`: marks a person's answers (SPEC §7).
// The default output is a marked sheet, one line per answer (✓ / carried / ✗ / ?), with the correct
// working and the likely mistake under each wrong one. Exit status (SPEC §3): 0 when every answer is
// correct; 1 when any is carried, wrong or unknown (SPEC §7 calls a carried answer "not accepted");
// 2 for bad input, with nothing on standard output.

import type { Command } from '../io';
import { markAnswers, parseAnswers, reportToJson, type CheckReport, type CheckResult } from '../../lib/engine/check';
import { buildTrace } from '../../lib/engine/trace/build';
import { showExact, showTolerance, workingText } from '../../lib/engine/check/messages';
import { texToPlain } from '../../lib/engine/check/plain';
import type { Rounding } from '../../lib/engine/spec/types';
import { parseArgs, expectPositionals } from '../args';
import { CliError, fileLabel, inFile } from '../errors';
import { LANGS, langFromEnv, type Lang } from '../lang';
import { readNetwork } from '../read';

const OPTIONS = {
	json: { type: 'boolean' },
	lang: { type: 'string', choices: LANGS }
} as const;

const TEXT = {
	en: {
		title: (answers: string, file: string, name: string | null) =>
			`Marking ${answers} against ${file}${name ? ` (${name})` : ''}`,
		rule: 'Exact values are at full precision; an answer written with d decimals is accepted within 10^-d of them.',
		exact: 'exact',
		yours: 'from your earlier answers',
		culprit: (k: string) => `depends on your earlier answer ${k}, which is not correct`,
		working: (r: Rounding | null) => (r ? `working (rounded as the file asks)` : 'working'),
		likely: 'likely mistake',
		or: 'or',
		colon: ': ',
		summary: (s: CheckReport['summary']) => `${s.correct} correct, ${s.carried} carried, ${s.wrong} wrong, ${s.unknown} unknown`,
		carried: 'carried',
		unknown: 'unknown key'
	},
	'zh-TW': {
		title: (answers: string, file: string, name: string | null) => `批改 ${answers}（網路：${file}${name ? `，${name}` : ''}）`,
		rule: '精確值以完整精度計算；寫到小數 d 位的答案，與精確值相差不超過 10^-d 即算正確。',
		exact: '精確值',
		yours: '依你先前的答案',
		culprit: (k: string) => `依賴你先前的答案 ${k}，該答案不正確`,
		working: (r: Rounding | null) => (r ? '正確算法（依網路檔的要求四捨五入）' : '正確算法'),
		likely: '可能的錯誤',
		or: '或',
		colon: '：',
		summary: (s: CheckReport['summary']) => `正確 ${s.correct}，錯誤延續 ${s.carried}，錯誤 ${s.wrong}，無法辨識 ${s.unknown}`,
		carried: '延續',
		unknown: '無法辨識的鍵'
	}
} as const;

const MARK: Record<CheckResult['verdict'], string> = { correct: '✓', carried: '~', wrong: '✗', unknown: '?' };

/** The marked sheet as text: a header, one line per answer (details indented under it), the counts. */
export function formatSheet(
	report: CheckReport,
	lang: Lang,
	names: { answers: string; file: string; title: string | null; rounding: Rounding | null }
): string {
	const t = TEXT[lang];
	const keyWidth = Math.max(3, ...report.results.map((r) => r.key.length));
	const givenWidth = Math.max(...report.results.map((r) => r.written.length), 1);
	const lines = [t.title(names.answers, names.file, names.title), t.rule, ''];
	for (const r of report.results) {
		const head = `${MARK[r.verdict]} ${r.key.padEnd(keyWidth)}  ${r.written.padStart(givenWidth)}`;
		const more = (s: string) => lines.push(`    ${s}`);
		if (r.verdict === 'unknown') {
			lines.push(`${head}  ${t.unknown}${t.colon}${r.notes[lang].replace(/^[^:：]*[:：]\s*/, '')}`);
			continue;
		}
		const exact = showExact(r.expected as number, r.written);
		if (r.verdict === 'correct') {
			lines.push(`${head}  ${t.exact} ${exact}`);
			continue;
		}
		if (r.verdict === 'carried') {
			lines.push(`${head}  ${t.exact} ${exact}  (${t.carried})`);
			more(r.notes[lang]);
			continue;
		}
		lines.push(`${head}  ${t.exact} ${exact} (±${showTolerance(r.tolerance)})`);
		if (r.recomputed !== null) more(`${t.yours}${t.colon}${showExact(r.recomputed, r.written)}`);
		if (r.culprit) more(t.culprit(`${r.culprit.key} = ${r.culprit.written}`));
		if (r.working) more(`${t.working(names.rounding)}${t.colon}${workingText(r.working, names.rounding)}`);
		else if (r.label) more(`${t.working(null)}${t.colon}${texToPlain(r.label)} = ${exact}`);
		r.diagnoses.forEach((d, k) => more(`${k === 0 ? t.likely : t.or}${t.colon}${d.notes[lang].replace(/^matches /, '')}`));
	}
	lines.push('', t.summary(report.summary), '');
	return lines.join('\n');
}

export const check: Command = async (args, io) => {
	const { options, positionals } = parseArgs('check', args, OPTIONS);
	const [file, answersFile] = expectPositionals('check', positionals, ['FILE', 'ANSWERS']);
	const lang = (options.lang as Lang | undefined) ?? langFromEnv(process.env);
	if (file === '-' && answersFile === '-') {
		throw new CliError('FILE and ANSWERS cannot both be standard input (-)', { command: 'check' });
	}
	const net = await readNetwork(io, file);
	const text = await io.readText(answersFile);
	const answers = inFile(answersFile, () => parseAnswers(text));
	// Exact values come from the network with its rounding removed; the rounded trace is the hand
	// calculation the file asks for. Past the engine's limits the trace refuses, naming FILE.
	const exact = inFile(file, () => buildTrace({ ...net, rounding: null }));
	const hand = net.rounding ? inFile(file, () => buildTrace(net)) : null;
	const report = inFile(answersFile, () => markAnswers(exact, answers, hand));
	const out = options.json
		? `${JSON.stringify(reportToJson(report), null, 2)}\n`
		: formatSheet(report, lang, {
				answers: fileLabel(answersFile),
				file: fileLabel(file),
				title: net.title,
				rounding: net.rounding
			});
	io.stdout(out);
	return report.allAccepted ? 0 : 1;
};
