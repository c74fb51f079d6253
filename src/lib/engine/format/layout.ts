// Shared layout of the TeX-based printers: a step's chain on one line, or broken at its `=` signs
// into the lines of an aligned block when its rendered width would pass a line.

import { breakChain, type Chain } from './chain';
import { texToText } from './tex-text';
import { displayWidth } from './width';

/** A chain whose plain-text form is wider than this many columns is broken (about a printed line). */
export const BREAK_WIDTH = 72;

const measure = (tex: string) => displayWidth(texToText(tex));

/** The rows of an aligned block for a step's equations, `&=` marking the alignment point. */
export function alignedLines(chains: Chain[]): string[] {
	return chains.flatMap((c) => {
		const [first, ...more] = breakChain(c, BREAK_WIDTH, measure);
		return [`${c.lhs} &= ${first}`, ...more.map((p) => `&= ${p}`)];
	});
}

/** A step's equations as one display block: `lhs = symbols = numbers` on one line where it fits, else an aligned block. */
export function displayBlock(chains: Chain[]): string {
	const lines = alignedLines(chains);
	if (lines.length === 1) return [chains[0].lhs, ...chains[0].symbols, ...chains[0].numbers].join(' = ');
	return `\\begin{aligned}\n${lines.join(' \\\\\n')}\n\\end{aligned}`;
}
