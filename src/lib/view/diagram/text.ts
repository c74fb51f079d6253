// Labels and numbers as SVG text: a TeX label becomes plain runs, each normal, subscript or
// superscript (`a^{[1]}_{2}` → a, sup "[1]", sub "2"), drawn as <tspan>s with textContent only.
// Numbers follow the engine's one format policy.

import { texToText } from '$lib/engine/format/tex-text';
import { formatPlain } from '$lib/engine/format/number';
import type { Rounding } from '$lib/engine/spec/types';

export interface Run {
	text: string;
	shift: 'sub' | 'sup' | null;
}

/** Reads one script argument: `(…)` with nesting, or a run of characters up to the next script. */
function scriptArg(s: string, start: number): [string, number] {
	if (s[start] === '(') {
		let depth = 0;
		for (let i = start; i < s.length; i++) {
			if (s[i] === '(') depth++;
			else if (s[i] === ')' && --depth === 0) return [s.slice(start + 1, i), i + 1];
		}
		return [s.slice(start + 1), s.length];
	}
	let i = start;
	while (i < s.length && s[i] !== '_' && s[i] !== '^' && s[i] !== ' ' && s[i] !== "'") i++;
	return [s.slice(start, i), i];
}

/** Splits a plain label into normal, subscript and superscript runs. */
export function labelRuns(tex: string): Run[] {
	const s = texToText(tex);
	const runs: Run[] = [];
	let normal = '';
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		if ((c === '_' || c === '^') && i + 1 < s.length) {
			if (normal) runs.push({ text: normal, shift: null });
			normal = '';
			const [arg, next] = scriptArg(s, i + 1);
			runs.push({ text: arg, shift: c === '_' ? 'sub' : 'sup' });
			i = next;
		} else {
			normal += c;
			i++;
		}
	}
	if (normal) runs.push({ text: normal, shift: null });
	return runs;
}

/** The label as one line of plain text for accessible names: `H_1` → "H1", `w^{[2]}_{1,2}` → "w[2] 1,2". */
export function labelPlain(tex: string): string {
	return labelRuns(tex)
		.map((r, k) => (r.shift && k > 0 && /[A-Za-z]$/.test(r.text) ? ` ${r.text}` : r.text))
		.join('');
}

/** A value as shown on the diagram (the derivation's own format). */
export function formatValue(x: number, rounding: Rounding | null): string {
	return formatPlain(x, rounding);
}

/** Sub- and superscripts are drawn at 70% (the diagram's CSS). */
const SCRIPT_SIZE = 0.7;

const widths = new Map<string, number>();

/** A label's drawn width in characters of the normal size: its scripts count for less. */
export function labelWidthChars(tex: string): number {
	let n = widths.get(tex);
	if (n !== undefined) return n;
	n = 0;
	for (const run of labelRuns(tex)) n += run.text.length * (run.shift ? SCRIPT_SIZE : 1);
	// Asked for every label at every step; a 12 × 64 network has some 50,000 distinct ones.
	if (widths.size > 100_000) widths.clear();
	widths.set(tex, n);
	return n;
}
