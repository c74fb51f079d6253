// The trace as a complete LaTeX document (article, amsmath): a section per phase, an align*
// block per step (broken at its `=` signs when long), notes under their step, and a table of the
// updated parameters. Labels are TeX by design; bare %, #, &, $ in them are escaped all the same.

import { PHASES, type Step, type Trace } from '../trace/types';
import { chainTex } from './chain';
import { describeNetwork, titleOf, type Writer } from './describe';
import { escapeLatexText, escapeMath, mixed } from './escape';
import { alignedLines } from './layout';
import { formatTex } from './number';
import { formatGiven, summaryRows } from './summary';
import { terms, type Lang } from './terms';

const inline = (tex: string) => `$${escapeMath(tex.trim())}$`;
const latex: Writer = { text: escapeLatexText, math: inline };

function stepBlock(step: Step, trace: Trace, lang: Lang): string[] {
	const e = chainTex(step, trace.network.rounding).map((c) => ({
		lhs: escapeMath(c.lhs),
		symbols: c.symbols.map(escapeMath),
		numbers: c.numbers.map(escapeMath)
	}));
	const out = ['\\begin{align*}', alignedLines(e).join(' \\\\\n'), '\\end{align*}'];
	if (step.note) out.push(`\\noindent\\textit{${mixed(step.note[lang], escapeLatexText, inline)}}\\par`);
	return out;
}

function phaseBlocks(trace: Trace, steps: Step[], out: string[], lang: Lang): void {
	const t = terms(lang);
	const multi = trace.network.samples.length > 1;
	let sample: number | null | undefined = undefined;
	for (const step of steps) {
		if (multi && step.sample !== sample) {
			sample = step.sample;
			out.push(`\\subsection*{${sample === null ? 'Over all samples' : `${t.sample} ${sample}`}}`);
		}
		for (const line of stepBlock(step, trace, lang)) out.push(line);
	}
}

/** The worked solution as a LaTeX document; in Traditional Chinese it needs XeLaTeX (xeCJK). */
export function traceToTex(trace: Trace, lang: Lang = 'en'): string {
	const t = terms(lang);
	const net = trace.network;
	const out: string[] = [
		'\\documentclass[11pt]{article}',
		...(lang === 'zh-TW' ? ['% Compile with xelatex: the text is in Traditional Chinese.', '\\usepackage{xeCJK}'] : []),
		'\\usepackage{amsmath}',
		'\\usepackage{amssymb}',
		'\\usepackage{longtable}',
		`\\title{${escapeLatexText(titleOf(net, lang))}}`,
		'\\date{}',
		'\\begin{document}',
		'\\maketitle',
		'',
		describeNetwork(trace, lang, latex).join('\n'),
		''
	];
	for (const phase of PHASES) {
		const steps = trace.steps.filter((s) => s.phase === phase);
		if (steps.length === 0) continue;
		out.push(`\\section{${t.phase[phase]}}`);
		phaseBlocks(trace, steps, out, lang);
		out.push('');
	}
	const rows = summaryRows(trace);
	if (rows.length > 0) {
		out.push(
			`\\section*{${t.summary}}`,
			'\\begin{longtable}{llrrr}',
			`${t.parameter} & id & ${t.old} & ${t.gradient} & ${t.new} \\\\`,
			'\\hline'
		);
		for (const r of rows) {
			const gradient = r.gradient === null ? '--' : `$${formatTex(r.gradient, net.rounding)}$`;
			out.push(
				`${inline(r.label)} & \\texttt{${escapeLatexText(r.id)}} & $${formatGiven(r.old, net.rounding, 'tex')}$ & ${gradient} & $${formatTex(r.updated, net.rounding)}$ \\\\`
			);
		}
		out.push('\\end{longtable}', '');
	}
	out.push('\\end{document}', '');
	return out.join('\n');
}
