import { describe, expect, it } from 'vitest';
import { activationCurves, LOSS_PLOTS, lossCurves, parseTargets } from '../../../src/lib/view/concepts/curves';
import { courseCrossEntropy } from '../../../src/lib/view/concepts/ce-table';
import { ACTIVATION_EXAMPLES, exampleNetwork, labHash, LOSS_EXAMPLES, withActivation } from '../../../src/lib/view/concepts/lab-links';
import { decodeShare, linkFromHash } from '../../../src/lib/state/share';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { LOSSES } from '../../../src/lib/engine/spec/types';

describe('activationCurves', () => {
	it("samples sigmoid and its derivative, with σ′(0) = 0.25 at the middle point", () => {
		const { f, df } = activationCurves({ name: 'sigmoid' }, [-6, 6], 120);
		expect(f).toHaveLength(121);
		expect(f[60]).toEqual([0, 0.5]);
		expect(df[60][1]).toBeCloseTo(0.25, 12);
	});

	it('leaves a gap where a custom expression is undefined', () => {
		const { f, df } = activationCurves({ name: 'custom', expression: 'log(x)' }, [-1, 1], 4);
		expect(f.map((p) => p[1])).toEqual([NaN, NaN, NaN, Math.log(0.5), 0]);
		expect(df[4][1]).toBeCloseTo(1, 12);
	});
});

describe('lossCurves', () => {
	it("draws the course's cross-entropy curves: −ln(1 − a) for y = 0 and −ln a for y = 1", () => {
		const zero = lossCurves('binary_crossentropy', 0, [0.1, 0.9], 8);
		const one = lossCurves('binary_crossentropy', 1, [0.1, 0.9], 8);
		expect(zero.value[0][1]).toBeCloseTo(-Math.log(0.9), 6);
		expect(one.value[0][1]).toBeCloseTo(-Math.log(0.1), 6);
		// ∂E/∂a = −y/a + (1 − y)/(1 − a)
		expect(one.grad[8][1]).toBeCloseTo(-1 / 0.9, 6);
		expect(zero.grad[8][1]).toBeCloseTo(1 / 0.1, 6);
	});

	it('gives every loss a gradient that matches its difference quotient', () => {
		for (const loss of LOSSES) {
			const plot = LOSS_PLOTS[loss];
			const y = plot.targets[plot.targets.length - 1];
			const { value, grad } = lossCurves(loss, y, plot.domain, 10);
			for (let i = 1; i < 10; i++) {
				const a = value[i][0];
				if (loss === 'mae' && a === y) continue;
				if (loss === 'hinge' && Math.abs(a * y - 1) < 1e-9) continue;
				const h = 1e-6;
				const q = (lossCurves(loss, y, [a + h, a + h], 1).value[0][1] - lossCurves(loss, y, [a - h, a - h], 1).value[0][1]) / (2 * h);
				expect(grad[i][1], `${loss} at a = ${a}`).toBeCloseTo(q, 4);
			}
		}
	});
});

describe('parseTargets', () => {
	it('reads the targets and refuses what the loss cannot take', () => {
		expect(parseTargets('0, 1', 'probability')).toEqual([0, 1]);
		expect(parseTargets('-1 1', 'sign')).toEqual([-1, 1]);
		expect(() => parseTargets('2', 'probability')).toThrow('probability');
		expect(() => parseTargets('0.5', 'sign')).toThrow('sign');
		expect(() => parseTargets('a', 'real')).toThrow('number');
		expect(() => parseTargets('', 'real')).toThrow('count');
	});
});

describe("the course's softmax cross-entropy table", () => {
	const t = courseCrossEntropy();

	it('takes only class 7 into account', () => {
		expect(t.rows.filter((r) => r.term !== 0).map((r) => r.k)).toEqual([7]);
		expect(t.rows[7]).toMatchObject({ y: 1, yHat: 0.21 });
	});

	it('computes CE = −ln 0.21 ≈ 1.5606, not the sheet’s 0.156', () => {
		expect(t.ce).toBeCloseTo(1.5606477, 6);
		expect(t.ce).toBeCloseTo(-Math.log(0.21), 12);
		expect(t.sparse).toBe(t.ce);
		expect(t.log10).toBeCloseTo(0.677781, 5);
		expect(Math.abs(t.ce - t.sheet)).toBeGreaterThan(1);
		expect(Math.abs(t.log10 - t.sheet)).toBeGreaterThan(0.5);
	});

	it('notes that the predictions add up to 1.01, which Keras would rescale', () => {
		expect(t.sum).toBeCloseTo(1.01, 12);
		expect(t.normalised).toBeCloseTo(-Math.log(0.21 / 1.01), 12);
	});
});

describe('lab links', () => {
	it('bundles a valid example for every activation and loss it names', () => {
		for (const file of [...Object.values(ACTIVATION_EXAMPLES), ...Object.values(LOSS_EXAMPLES)]) {
			const net = exampleNetwork(file);
			expect(net, file).not.toBeNull();
			expect(() => validateNetwork(net)).not.toThrow();
		}
	});

	it("puts the page's α into the example and encodes a link the lab decodes", async () => {
		const net = withActivation(exampleNetwork('activation-elu.json')!, 'elu', { alpha: 0.5 });
		expect(validateNetwork(net).layers[0].activation).toMatchObject({ name: 'elu', alpha: 0.5 });
		expect(validateNetwork(net).title).toBe('Activation: ELU (α = 0.5)');
		const hash = await labHash(net, 'zh-TW');
		const back = await decodeShare(linkFromHash(hash)!);
		expect(back).toMatchObject({ step: 0, rounding: false, lang: 'zh-TW' });
		expect(back.network).toEqual(net);
	});
});

describe('fitDomain', () => {
	it('pads the values by a tenth and keeps 0 and 1 in view', async () => {
		const { fitDomain } = await import('../../../src/lib/view/concepts/curves');
		expect(fitDomain([[[0, -1], [1, 3]]])).toEqual([-1.4, 3.4]);
		expect(fitDomain([[[0, 0.2], [1, NaN]]])).toEqual([-0.1, 1.1]);
		expect(fitDomain([[[0, -100], [1, 100]]])).toEqual([-6, 6]);
	});
});

describe('the summary page’s layer rows', () => {
	it("read back into the course's MLP with 316,810 parameters", async () => {
		const { rowsOf, readRows } = await import('../../../src/lib/view/concepts/model-rows');
		const { COURSE_MLP, kerasSummary } = await import('../../../src/lib/engine/concepts/keras-code');
		const { model, errors } = readRows([28, 28], rowsOf(COURSE_MLP));
		expect(errors.size).toBe(0);
		expect(model).toEqual(COURSE_MLP);
		expect(kerasSummary(model!).total).toBe(316810);
	});

	it('name the field of each row that cannot be read', async () => {
		const { denseRow, dropoutRow, readRows } = await import('../../../src/lib/view/concepts/model-rows');
		const bad = { ...denseRow(10), units: '2.5' };
		const rate = { ...dropoutRow(), rate: '1' };
		const alpha = { ...denseRow(4, 'elu'), alpha: 'x' };
		const { model, errors } = readRows([4], [bad, rate, alpha, denseRow(3, 'leaky_relu')]);
		expect(model).toBeNull();
		expect([...errors.entries()]).toEqual([
			[bad.id, 'units'],
			[rate.id, 'rate'],
			[alpha.id, 'alpha']
		]);
		const ok = readRows([4], [denseRow(3, 'leaky_relu')]);
		expect(ok.model?.layers[0]).toEqual({ kind: 'dense', units: 3, activation: 'leaky_relu', useBias: true, alpha: 0.01 });
	});
});
