// A step as the chain a person writes: lhs = rhs in symbols (= more symbols, for the chain rule)
// = the same with numbers = the value. Every printer lays out these parts its own way.

import type { Rounding } from '../spec/types';
import type { Step } from '../trace/types';
import { texToText } from './tex-text';
import { formatPlain, formatTex } from './number';

/** Splits TeX at `=` signs outside braces, brackets and parentheses: `E = \tfrac{1}{2}(a - y)^2`. */
export function splitEquals(tex: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') {
			i++; // an escaped character (\{, \=) is not structure
		} else if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') depth--;
		else if (c === '=' && depth === 0) {
			parts.push(tex.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(tex.slice(start).trim());
	return parts.filter((p) => p !== '');
}

const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** A step's chain: the left-hand side, the right-hand sides in symbols, and then in numbers (the value last). */
export interface Chain {
	lhs: string;
	symbols: string[];
	numbers: string[];
}

/** Splits at the `,\quad` that joins several equations of one step (an optimizer's m, v, θ'). */
export function splitEquations(tex: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') i++;
		else if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') depth--;
		else if (depth === 0 && c === ',' && /^,\s*\\quad(?![A-Za-z])/.test(tex.slice(i))) {
			parts.push(tex.slice(start, i).trim());
			const m = /^,\s*\\quad\s*/.exec(tex.slice(i))!;
			start = i + m[0].length;
			i = start - 1;
		}
	}
	parts.push(tex.slice(start).trim());
	return parts.filter((p) => p !== '');
}

/** Appends the parts that differ from the one before them (a substituted line that is just the value). */
function chainOf(formula: string[], numbers: string[]): Chain {
	const [lhs, ...symbols] = formula;
	const kept: string[] = [];
	for (const p of numbers) {
		const before = kept.length ? kept[kept.length - 1] : symbols[symbols.length - 1] ?? lhs;
		if (p !== '' && !same(before, p)) kept.push(p);
	}
	return { lhs, symbols, numbers: kept };
}

const NUMBER = /^-?\d[\d.]*(?:(?: \\times | × )10\^(?:\{-?\d+\}|\(-?\d+\)|-?\d+)|e-?\d+)?$/;

/**
 * The numbers of an intermediate equation, value last. Its substituted line reads
 * `m_t = <numbers> = <value>` or `<value> = <numbers>`: the symbol is dropped and the value moved last.
 */
function intermediate(parts: string[], lhs: string): string[] {
	const rest = parts.filter((p) => !same(p, lhs));
	if (rest.length > 1 && NUMBER.test(rest[0].trim()) && !NUMBER.test(rest[rest.length - 1].trim())) {
		return [...rest.slice(1), rest[0]];
	}
	return rest;
}

/**
 * The step as equations. Usually one: lhs = symbols = substituted = value. An optimizer's update
 * joins several with `,\quad` (m_t = …, v_t = …, θ' = …), each earlier one substituted as
 * `value = numbers`: each becomes its own chain lhs = symbols = numbers = value.
 */
function chains(step: Step, value: string, convert: (tex: string) => string): Chain[] {
	const formulas = splitEquations(step.formula);
	const substituted = splitEquations(step.substituted);
	if (formulas.length > 1 && formulas.length === substituted.length) {
		const out = formulas.slice(0, -1).map((f, i) => {
			const formula = splitEquals(f).map(convert);
			return chainOf(formula, intermediate(splitEquals(substituted[i]).map(convert), formula[0]));
		});
		const last = formulas.length - 1;
		out.push(chainOf(splitEquals(formulas[last]).map(convert), [convert(substituted[last]), value]));
		return out;
	}
	const formula = splitEquals(step.formula).map(convert);
	const chain = chainOf(formula, [convert(step.substituted.trim()), value]);
	// The value always closes the chain, even where a symbol part happens to equal it.
	if (chain.numbers.length === 0) chain.numbers.push(value);
	return [chain];
}

/** The step's equations in TeX. */
export function chainTex(step: Step, r: Rounding | null): Chain[] {
	return chains(step, formatTex(step.value, r), (t) => t.trim());
}

/** The step's equations in plain text. */
export function chainText(step: Step, r: Rounding | null): Chain[] {
	return chains(step, formatPlain(step.value, r), texToText);
}

/**
 * The right-hand sides of a chain grouped into lines at most `width` wide where they can be (as
 * `measure` counts, with the lhs in front): all on one line; else the symbols on one line and the
 * numbers on the next; else one part a line. Every line after the first continues with `=`.
 */
export function breakChain(c: Chain, width: number, measure: (s: string) => number): string[] {
	// Each part is measured once; a line's width is the sum of its parts and the " = " between them.
	const w = new Map<string, number>();
	const size = (p: string) => {
		let v = w.get(p);
		if (v === undefined) w.set(p, (v = measure(p)));
		return v;
	};
	const fits = (parts: string[]) => parts.reduce((sum, p) => sum + 3 + size(p), size(c.lhs)) <= width;
	const all = [...c.symbols, ...c.numbers];
	if (fits(all)) return [all.join(' = ')];
	const lines: string[] = [];
	for (const group of [c.symbols, c.numbers]) {
		if (group.length === 0) continue;
		if (fits(group)) lines.push(group.join(' = '));
		else lines.push(...group);
	}
	return lines;
}
