// The trace as a worked solution in plain text, the way a teacher writes it on paper:
//
//   H_1 = σ(z_H1) = σ(0.25) = 0.56
//   ∂E/∂w_5 = ∂E/∂O_1 · ∂O_1/∂z_O1 · ∂z_O1/∂w_5 = δ_O1 · H_1 = 0.06 · 0.56 = 0.03
//
// Sections per phase, the first `=` of each step aligned within a section, lines kept within 100
// columns by breaking a long chain at its `=` signs, and a closing table of the updated parameters.

import { PHASES, type Step, type Trace } from '../trace/types';
import { breakChain, chainText, type Chain } from './chain';
import { describeNetwork, titleOf, type Writer } from './describe';
import { texToText } from './tex-text';
import { formatPlain } from './number';
import { formatGiven, summaryRows } from './summary';
import { terms, type Lang } from './terms';
import { displayWidth, padEnd, padStart, wrap } from './width';

const WIDTH = 100;
/** Left-hand sides longer than this are not padded to align with the others. */
const MAX_ALIGN = 16;
const NOTE_INDENT = '    ';

/** Math kept on one line when the description is wrapped: its spaces are non-breaking until then. */
const plain: Writer = { text: (s) => s, math: (tex) => texToText(tex).replace(/ /g, '\u00a0') };

/** Plain text of a note, with any `$…$` TeX inside it converted. */
export function noteText(note: string): string {
	return note.replace(/\$([^$]+)\$/g, (_, tex: string) => texToText(tex));
}

/**
 * A part too long for a line, broken before its `+`, `-` and `·` signs, each continuation indented
 * two columns past `indent` (the part starts after `prefix`, which holds `indent` plus the `=`).
 */
export function breakPart(prefix: string, part: string, indent: string): string[] {
	if (displayWidth(prefix + part) <= WIDTH) return [prefix + part];
	const pieces = part.split(/(?= [+\-·] )/);
	const lines: string[] = [];
	let line = prefix;
	for (const piece of pieces) {
		if (line.trim() !== '' && line !== prefix && displayWidth(line + piece) > WIDTH) {
			lines.push(line.trimEnd());
			line = `${indent}  ${piece.trimStart()}`;
		} else line += piece;
	}
	lines.push(line);
	return lines;
}

function stepLines(step: Step, chains: Chain[], lhsWidth: number, lang: Lang): string[] {
	const lines: string[] = [];
	for (const c of chains) {
		const head = displayWidth(c.lhs) <= lhsWidth ? padEnd(c.lhs, lhsWidth) : c.lhs;
		const [first, ...more] = breakChain({ ...c, lhs: head }, WIDTH, displayWidth);
		// Continuation lines align their `=` under the first one, unless the lhs is very long.
		const indent = displayWidth(head) <= 40 ? ' '.repeat(displayWidth(head)) : '   ';
		lines.push(...breakPart(`${head} = `, first, indent));
		for (const p of more) lines.push(...breakPart(`${indent} = `, p, indent));
	}
	if (step.note) lines.push(...wrap(noteText(step.note[lang]), WIDTH, NOTE_INDENT));
	return lines;
}

function heading(text: string, underline: string): string[] {
	return [text, underline.repeat(displayWidth(text))];
}

/** Appends without spreading: a trace of the largest network has ~100,000 steps. */
export function append<T>(out: T[], items: T[]): void {
	for (const item of items) out.push(item);
}

function phaseLines(trace: Trace, steps: Step[], lang: Lang, out: string[]): void {
	const t = terms(lang);
	const multi = trace.network.samples.length > 1;
	const chains = steps.map((s) => chainText(s, trace.network.rounding));
	let lhsWidth = 0;
	for (const cs of chains) for (const c of cs) lhsWidth = Math.max(lhsWidth, displayWidth(c.lhs));
	lhsWidth = Math.min(MAX_ALIGN, lhsWidth);
	let sample: number | null | undefined = undefined;
	steps.forEach((step, k) => {
		if (multi && step.sample !== sample) {
			if (sample !== undefined) out.push('');
			sample = step.sample;
			out.push(sample === null ? (lang === 'en' ? 'Over all samples:' : '所有樣本：') : `${t.sample} ${sample}${t.colon.trim()}`);
		}
		append(out, stepLines(step, chains[k], lhsWidth, lang));
	});
}

/** A table with a header rule; `right` marks the columns aligned right (numbers). */
export function table(header: string[], rows: string[][], right: boolean[]): string[] {
	const widths = header.map((h) => displayWidth(h));
	for (const r of rows) r.forEach((cell, c) => (widths[c] = Math.max(widths[c], displayWidth(cell))));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => (right[c] ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
			.join('  ')
			.trimEnd();
	const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
	for (const r of rows) out.push(line(r));
	return out;
}

/** The worked solution in plain text (English or Traditional Chinese). */
export function traceToText(trace: Trace, lang: Lang = 'en'): string {
	const t = terms(lang);
	const net = trace.network;
	const out: string[] = [];
	out.push(...heading(titleOf(net, lang), '='), '');
	const description = describeNetwork(trace, lang, plain).join(lang === 'en' ? ' ' : '');
	out.push(...wrap(description, WIDTH).map((line) => line.replace(/\u00a0/g, ' ')), '');
	let n = 0;
	for (const phase of PHASES) {
		const steps = trace.steps.filter((s) => s.phase === phase);
		if (steps.length === 0) continue;
		n++;
		out.push(...heading(`${n}. ${t.phase[phase]}`, '-'));
		phaseLines(trace, steps, lang, out);
		out.push('');
	}
	const rows = summaryRows(trace);
	if (rows.length > 0) {
		out.push(...heading(t.summary, '-'));
		append(
			out,
			table(
				[t.parameter, 'id', t.old, t.gradient, t.new],
				rows.map((r) => [
					texToText(r.label),
					r.id,
					formatGiven(r.old, net.rounding, 'plain'),
					r.gradient === null ? '—' : formatPlain(r.gradient, net.rounding),
					formatPlain(r.updated, net.rounding)
				]),
				[false, false, true, true, true]
			)
		);
		out.push('');
	}
	return out.join('\n');
}
