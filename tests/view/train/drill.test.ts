import { describe, expect, it } from 'vitest';
import { buildNetwork, prepareData } from '../../../src/lib/view/train/build';
import { defaultConfig } from '../../../src/lib/view/train/config';
import { drillHash, drillNetwork, sampleOf } from '../../../src/lib/view/train/drill';
import { explainNan } from '../../../src/lib/view/train/explain';
import { plain } from '../../../src/lib/view/train/format';
import { appendThinned } from '../../../src/lib/view/train/thin';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { decodeShare, linkFromHash } from '../../../src/lib/state/share';
import { forwardRows } from '../../../src/lib/fast/grid';
import { paramsFromNetwork } from '../../../src/lib/fast/model';

describe('the drill-in', () => {
	it('makes a lab link holding the same weights and that one sample, and the lab computes the same output', async () => {
		const c = defaultConfig();
		const data = prepareData(c, null);
		const net = buildNetwork(c, data.classes);
		const sample = sampleOf(data.train, 7);
		expect(sample.input).toEqual([data.points.inputs[14], data.points.inputs[15]]);
		const json = drillNetwork(net, sample, 'Step 0, point 8');
		const share = await decodeShare(linkFromHash(await drillHash(json, 'en'))!);
		const lab = validateNetwork(share.network);
		expect(lab.layers.map((l) => l.weights)).toEqual(net.layers.map((l) => l.weights));
		expect(lab.samples).toHaveLength(1);
		expect(lab.samples[0].input).toEqual(sample.input);
		// The exact engine's ŷ for the sample equals the page's forward pass.
		const trace = buildTrace(lab);
		const mine = forwardRows(net.layers.map((l) => l.activation), paramsFromNetwork(net), Float64Array.from(sample.input), 1, 2);
		const yhat = trace.steps.find((s) => s.id === 'a[3][1]');
		expect(yhat).toBeDefined();
		expect(Number(yhat!.value)).toBeCloseTo(mine[2][0], 10);
	});
});

describe('plain words', () => {
	it('explains each kind of NaN stop', () => {
		expect(explainNan({ step: 12, layer: 2, quantity: 'z', message: 'overflow in the forward pass: z of layer 2 became Infinity at step 12' })).toEqual({
			key: 'nan.forward', params: { step: 12, layer: 2, what: '∞' }
		});
		expect(explainNan({ step: 3, layer: null, quantity: 'E', message: 'the loss is not a number: E became NaN at step 3' }).key).toBe('nan.loss');
		expect(explainNan({ step: 3, layer: 1, quantity: 'dE/dW', message: '… became -Infinity at step 3' }).params.what).toBe('−∞');
		expect(explainNan({ step: 3, layer: 1, quantity: 'W', message: '' }).key).toBe('nan.weights');
	});

	it('writes numbers in plain text', () => {
		expect(plain(0.123456)).toBe('0.1235');
		expect(plain(5.049e-7)).toBe('5.049e-7');
		expect(plain(123456)).toBe('1.235e5');
		expect(plain(null)).toBe('–');
		expect(plain(-Infinity)).toBe('−∞');
	});

	it('thins long histories, keeping the newest half and the first point', () => {
		const out = appendThinned(Array.from({ length: 10 }, (_, i) => i), [10, 11], 8);
		expect(out.length).toBeLessThanOrEqual(8);
		expect(out[0]).toBe(0);
		expect(out.slice(-4)).toEqual([8, 9, 10, 11]);
	});
});
