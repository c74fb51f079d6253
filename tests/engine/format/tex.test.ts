import { describe, expect, test } from 'vitest';
import { traceToTex } from '../../../src/lib/engine/format/tex';
import { trace } from './fixtures';
import { katexFailures, latexMath } from './math';

describe('traceToTex', () => {
	test('prints the rounded 1-1-1 solution as a LaTeX document as in its snapshot', async () => {
		await expect(traceToTex(trace())).toMatchFileSnapshot('./__snapshots__/tex-1-1-1-rounded.tex');
	});

	test('prints the full-precision solution as in its snapshot', async () => {
		await expect(traceToTex(trace(null))).toMatchFileSnapshot('./__snapshots__/tex-1-1-1-exact.tex');
	});

	test('is a complete article with amsmath, a section per phase and an align* block per step', () => {
		const doc = traceToTex(trace());
		expect(doc.startsWith('\\documentclass[11pt]{article}\n')).toBe(true);
		expect(doc).toContain('\\usepackage{amsmath}');
		expect(doc.trimEnd().endsWith('\\end{document}')).toBe(true);
		expect([...doc.matchAll(/\\section\{([^}]*)\}/g)].map((m) => m[1])).toEqual([
			'Forward pass',
			'Loss',
			'Backward pass',
			'Update'
		]);
		expect(doc.match(/\\begin\{align\*\}/g)).toHaveLength(trace().steps.length);
		expect(doc.match(/\\end\{align\*\}/g)).toHaveLength(trace().steps.length);
	});

	test('aligns each step at its first = sign', () => {
		const { display } = latexMath(traceToTex(trace()));
		expect(display[1]).toBe('\\begin{aligned}H_1 &= \\sigma(z_{H_1}) = \\sigma(0.20) = 0.55\\end{aligned}');
	});

	test('breaks a long chain into a line of symbols and a line of numbers', () => {
		const { display } = latexMath(traceToTex(trace(null)));
		expect(display[6]).toBe(
			'\\begin{aligned}\\delta_{O_1} &= \\frac{\\partial E}{\\partial O_1} \\cdot \\frac{\\partial O_1}{\\partial z_{O_1}} = \\frac{\\partial E}{\\partial O_1} \\cdot O_1(1 - O_1) \\\\\n&= 0.3951 \\cdot 0.5951 \\cdot (1 - 0.5951) = 0.0952\\end{aligned}'
		);
	});

	test('renders every formula with KaTeX', () => {
		for (const t of [trace(), trace(null), trace({ significant: 2 })]) {
			const math = latexMath(traceToTex(t));
			expect(math.display).toHaveLength(t.steps.length);
			expect(katexFailures(math)).toEqual([]);
		}
	});

	test('lists the updated parameters in a table', () => {
		const doc = traceToTex(trace());
		expect(doc).toContain('$w_1$ & \\texttt{w[1][1][1]} & $0.40$ & $0.01$ & $0.40$ \\\\');
		expect(doc).toContain('$w_2$ & \\texttt{w[2][1][1]} & $0.70$ & $0.06$ & $0.67$ \\\\');
	});

	test('escapes the title and notes as text, and bare %, #, &, $ in labels', () => {
		const t = trace(null, '50% of #1 & $5 {x} ~ a_b \\ok');
		t.steps[0].formula = 'z_{H\\%} & # = w_1\\,x_1 $';
		const doc = traceToTex(t);
		expect(doc).toContain('\\title{50\\% of \\#1 \\& \\$5 \\{x\\} \\textasciitilde{} a\\_b \\textbackslash{}ok}');
		expect(doc).toContain('z_{H\\%} \\& \\# &= w_1\\,x_1 \\$');
		expect(doc).toContain('\\noindent\\textit{One path back to H\\_1: from O\\_1 only.}\\par');
	});
});
