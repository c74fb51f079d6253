// The trace as Markdown with KaTeX / GitHub math: a heading per phase, each step a display block
// `$$ formula = substituted = value $$` (broken into an aligned block when long), and a table of
// the updated parameters. Plain words are escaped; TeX goes only inside $…$ and $$…$$.

import { PHASES, type Step, type Trace } from '../trace/types';
import { chainTex } from './chain';
import { describeNetwork, titleOf, type Writer } from './describe';
import { escapeMarkdownMath, escapeMarkdownText, mixed } from './escape';
import { displayBlock } from './layout';
import { formatPlain } from './number';
import { formatGiven, summaryRows } from './summary';
import { terms, type Lang } from './terms';

const inline = (tex: string) => `$${escapeMarkdownMath(tex.trim())}$`;
const markdown: Writer = { text: escapeMarkdownText, math: inline };

function block(step: Step, trace: Trace): string {
	const e = chainTex(step, trace.network.rounding).map((c) => ({
		lhs: escapeMarkdownMath(c.lhs),
		symbols: c.symbols.map(escapeMarkdownMath),
		numbers: c.numbers.map(escapeMarkdownMath)
	}));
	return `$$\n${displayBlock(e)}\n$$`;
}

function phaseBlocks(trace: Trace, steps: Step[], lang: Lang, out: string[]): void {
	const t = terms(lang);
	const multi = trace.network.samples.length > 1;
	let sample: number | null | undefined = undefined;
	for (const step of steps) {
		if (multi && step.sample !== sample) {
			sample = step.sample;
			out.push(`### ${sample === null ? (lang === 'en' ? 'Over all samples' : '所有樣本') : `${t.sample} ${sample}`}`);
		}
		out.push(block(step, trace));
		if (step.note) out.push(`> ${mixed(step.note[lang], escapeMarkdownText, inline)}`);
	}
}

/** A Markdown table cell: no raw pipe may end the cell early. */
const cell = (s: string) => s.replace(/\|/g, '\\vert ');

/** The worked solution as Markdown (English or Traditional Chinese). */
export function traceToMarkdown(trace: Trace, lang: Lang = 'en'): string {
	const t = terms(lang);
	const net = trace.network;
	const out: string[] = [`# ${escapeMarkdownText(titleOf(net, lang))}`];
	out.push(describeNetwork(trace, lang, markdown).join(lang === 'en' ? ' ' : ''));
	let n = 0;
	for (const phase of PHASES) {
		const steps = trace.steps.filter((s) => s.phase === phase);
		if (steps.length === 0) continue;
		n++;
		out.push(`## ${n}. ${t.phase[phase]}`);
		phaseBlocks(trace, steps, lang, out);
	}
	const rows = summaryRows(trace);
	if (rows.length > 0) {
		out.push(`## ${t.summary}`);
		const table = [
			`| ${t.parameter} | id | ${t.old} | ${t.gradient} | ${t.new} |`,
			'| --- | --- | ---: | ---: | ---: |',
			...rows.map(
				(r) =>
					`| ${cell(inline(r.label))} | \`${r.id}\` | ${formatGiven(r.old, net.rounding, 'plain')} | ${r.gradient === null ? '—' : formatPlain(r.gradient, net.rounding)} | ${formatPlain(r.updated, net.rounding)} |`
			)
		];
		out.push(table.join('\n'));
	}
	return out.join('\n\n') + '\n';
}
