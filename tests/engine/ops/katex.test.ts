// KaTeX parses every TeX string the ops emit: definitions, applied forms and derivatives of every
// activation, every loss's value and gradient, softmax's faces, custom activations, and every
// optimizer's lines, each in symbols and with numbers (positive, negative, and in scientific form).

import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
	ACTIVATION_NAMES,
	activationOp,
	compileCustom,
	LOSS_NAMES,
	lossOp,
	numericSymbols,
	optimizerOp,
	perceptronGradTex,
	preluDAlphaTex,
	softmaxTex,
	sparseValueTex
} from '../../../src/lib/engine/ops';
import type { Activation } from '../../../src/lib/engine/spec/types';
import { configurations } from './helpers';

/** Numbers as a formatter might write them: plain, negative, and tiny ones in scientific form. */
const fmts: ((x: number) => string)[] = [
	(x) => String(Number(x.toFixed(4))),
	(x) => (x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential(2).replace(/e([+-]\d+)/, (_, e) => ` \\times 10^{${Number(e)}}`) : x.toFixed(2))
];

function activationTex(): string[] {
	const out: string[] = [];
	const acts: Activation[] = ACTIVATION_NAMES.filter((n) => n !== 'softmax' && n !== 'custom').map((name) => ({ name }));
	acts.push({ name: 'leaky_relu', alpha: 2 }, { name: 'elu', alpha: 0.5 }, { name: 'rrelu', lower: 0.1, upper: 0.3 });
	for (const e of ['x / (1 + abs(x))', 'max(0.1 x, x)', 'x * tanh(log(1 + exp(x)))', 'sqrt(x^2 + 1) - 1', 'pow(x, 3) + sin(x) * e^(-x) / pi'])
		acts.push({ name: 'custom', expression: e });
	for (const act of acts) {
		const t = activationOp(act.name).tex;
		out.push(t.definition(act), t.derivativeDefinition(act));
		for (const [z, a, alpha] of [
			['z_{H_1}', 'H_1', '\\alpha'],
			['{z_{H_1}}^{(2)}', '{H_1}^{(2)}', '\\alpha_{H_1}'],
			["z_{H_1}'", "H_1'", '\\alpha'],
			['0.25', '0.56', '0.01'],
			['-0.5', '-0.46', '0.25'],
			['3.0 \\times 10^{-5}', '0.5', '1']
		]) {
			out.push(t.apply(z, act, alpha));
			for (const x of [-0.5, 0, 0.25]) out.push(t.derivative(z, a, act, x, alpha));
		}
	}
	out.push(preluDAlphaTex('z_{H_1}', -1), preluDAlphaTex('-0.5', -0.5));
	const sm = activationOp('softmax').tex;
	out.push(sm.definition({ name: 'softmax' }), sm.derivativeDefinition({ name: 'softmax' }), sm.apply('z', { name: 'softmax' }));
	out.push(softmaxTex.apply(1, ['z_1', 'z_2', 'z_3']), softmaxTex.apply(0, ['-0.3', '0.25']));
	out.push(softmaxTex.backward(0, ['O_1', 'O_2'], ['g_1', 'g_2']), softmaxTex.backward(1, ['0.3', '0.7'], ['-0.5', '0.2']));
	out.push(softmaxTex.crossEntropyDelta('O_1', 'y_1'), softmaxTex.crossEntropyDelta('0.3', '-1'));
	return out;
}

function lossTex(): string[] {
	const out: string[] = [];
	for (const name of LOSS_NAMES) {
		const t = lossOp(name).tex;
		out.push(t.definition);
		out.push(t.value(['{O_1}^{(1)}', "O_2'"], ['{y_1}^{(1)}', 'y_2']), t.grad('{O_1}^{(1)}', '{y_1}^{(1)}', 2, 0.4, 1));
		out.push(t.value(['O_1', 'O_2'], ['y_1', 'y_2']), t.value(['0.48', '-0.53'], ['0', '1']), t.value(['0.48'], ['-0.07']));
		out.push(t.grad('O_1', 'y_1', 2, 0.48, 0.23), t.grad('0.48', '-0.07', 2, 0.48, -0.07), t.grad('-0.48', '1', 3, -0.48, 1));
	}
	out.push(sparseValueTex('O_3'), sparseValueTex('0.7'));
	return out;
}

function optimizerTex(): string[] {
	const out: string[] = [];
	for (const opt of configurations()) {
		const op = optimizerOp(opt.type);
		out.push(...op.tex(op.symbols(opt), opt, 3));
		// the trace's own symbols: a labelled parameter with a sample superscript, ∂E/∂θ as g
		const labelled = { ...op.symbols(opt), theta: '{w_5}^{(1)}', g: '\\frac{\\partial E}{\\partial w_5}', theta_new: "w_5'" };
		out.push(...op.tex(labelled, opt, 3));
		for (const [theta, g] of [
			[0.5, -0.03],
			[-0.2, 0.4]
		]) {
			const before = op.init(opt);
			const step = op.update(theta, g, before, 3, opt);
			for (const fmt of fmts) out.push(...op.tex(numericSymbols(op, opt, 3, theta, g, before, step, fmt), opt, 3));
		}
	}
	out.push(perceptronGradTex([{ y: '1', yHat: '-1', x: '-0.5' }, { y: 'y^{(2)}', yHat: '\\hat{y}^{(2)}', x: 'x^{(2)}' }]));
	return out;
}

describe('KaTeX parses every TeX string the ops emit', () => {
	for (const [label, strings] of [
		['activations', activationTex],
		['losses', lossTex],
		['optimizers', optimizerTex]
	] as const) {
		it(`${label}: every string renders with throwOnError and trust off`, () => {
			const all = strings();
			expect(all.length).toBeGreaterThan(20);
			for (const tex of all) {
				expect(() => katex.renderToString(tex, { throwOnError: true, trust: false }), tex).not.toThrow();
				expect(tex).not.toMatch(/undefined|NaN/);
			}
		});
	}
	it('custom TeX for an unusual but valid expression renders too', () => {
		const c = compileCustom('min(x, 1, 2) + log(x^2 + 1, 2)');
		for (const tex of [c.definition, c.derivativeDefinition, c.apply('-0.5'), c.derivative('-0.5', -0.5)])
			expect(() => katex.renderToString(tex, { throwOnError: true, trust: false }), tex).not.toThrow();
	});
});
