import { describe, expect, it } from 'vitest';
import { encodeShare, hashFromLink } from '../../src/lib/state/share';
import { clamp, DEFAULT_NETWORK, LabState, parseShape, shapeOf } from '../../src/lib/state/lab.svelte.ts';
import { addNeuron, setLeaf } from '../../src/lib/state/edits';
import type { NetworkJson } from '../../src/lib/state/network-json';

const H1 = (lab: LabState) => lab.trace.steps.findIndex((s) => s.id === 'a[1][1]');

describe('LabState', () => {
	it('opens on the course example with the course rounding, at the first step', () => {
		const lab = new LabState();
		expect(lab.rounding).toBe(true);
		expect(lab.step).toBe(0);
		expect(lab.network.rounding).toEqual({ decimals: 2 });
		expect(lab.trace.values['a[1][1]']).toBe(0.56);
		expect(lab.phase).toBe('forward');
	});

	it('steps within the trace and jumps to a phase', () => {
		const lab = new LabState();
		lab.prev();
		expect(lab.step).toBe(0);
		lab.last();
		expect(lab.step).toBe(lab.total - 1);
		expect(lab.phase).toBe('update');
		lab.goPhase('backward');
		expect(lab.current?.phase).toBe('backward');
		expect(lab.trace.steps[lab.step - 1].phase).toBe('loss');
		lab.go(H1(lab));
		expect(lab.scene.nodes['n1-1'].value).toBe(0.56);
	});

	it('recomputes the trace when a weight is edited on the diagram', () => {
		const lab = new LabState();
		const before = lab.trace.loss;
		lab.go(5);
		expect(lab.editAt('e2-1-1', 0.9)).toBeNull();
		expect(lab.network.layers[1].weights[0][0]).toBe(0.9);
		expect(lab.trace.loss).not.toBe(before);
		expect(lab.step).toBe(5);
	});

	it('refuses an invalid edit with the reason and keeps the last valid network', () => {
		const lab = new LabState();
		const bad = setLeaf(DEFAULT_NETWORK, { kind: 'input', sample: 1, i: 1 }, Infinity);
		expect(lab.apply(bad, 'a[0][1]')).toBe(false);
		expect(lab.refusal?.where).toBe('a[0][1]');
		expect(lab.refusal?.reason).toMatch(/samples\[0\]\.input/);
		expect(lab.network.samples[0].input[0]).toBe(0.5);
		expect(lab.json).toEqual(DEFAULT_NETWORK);
	});

	it('refuses a network over the exact engine limits', () => {
		const lab = new LabState();
		let json: NetworkJson = DEFAULT_NETWORK;
		for (let k = 0; k < 62; k++) json = addNeuron(json, 1); // 2 + 62 = 64 neurons
		expect(lab.apply(json, 'layers[1].size')).toBe(true);
		expect(lab.apply(addNeuron(json, 1), 'layers[1].size')).toBe(false);
		expect(lab.refusal?.reason).toMatch(/64/);
		expect(lab.network.layers[0].size).toBe(64);
		// Past the sizes the course writes by hand, the lab goes on in the textbook's steps.
		expect(lab.network.style).toBe('textbook');
		lab.setStyle('course');
		expect(lab.refusal?.where).toBe('style');
		expect(lab.network.style).toBe('textbook');
	});

	it('switches between the course’s lines and the textbook’s steps, keeping the choice in the file', () => {
		const lab = new LabState();
		expect(lab.network.style).toBe('course');
		expect(lab.trace.gradients['w[2][2][2]']).toBe(0.07);
		lab.setStyle('textbook');
		expect(lab.trace.gradients['w[2][2][2]']).toBe(0.08);
		expect(lab.json.style).toBeUndefined();
		lab.setStyle('course');
		expect(lab.json.style).toBe('course');
		expect(lab.trace.steps.length).toBe(23);
	});

	it('switches between the course rounding and full precision', () => {
		const lab = new LabState();
		lab.setRounding(false);
		expect(lab.network.rounding).toBeNull();
		expect(lab.trace.values['a[1][1]']).toBeCloseTo(0.562177, 5);
		expect(lab.json.rounding).toEqual({ decimals: 2 }); // the file's own rounding is kept
		expect(lab.effectiveJson).not.toHaveProperty('rounding');
		lab.setRounding(true);
		expect(lab.trace.values['a[1][1]']).toBe(0.56);
	});

	it('restores a share link exactly: network, step, rounding and language', async () => {
		const a = new LabState();
		a.editAt('e1-1-1', 0.3);
		a.setRounding(false);
		a.go(6);
		const hash = await a.hash('zh-TW');
		const b = new LabState();
		expect(await b.restore(hash)).toBe('zh-TW');
		expect(b.json).toEqual(a.json);
		expect(b.step).toBe(6);
		expect(b.rounding).toBe(false);
		expect(b.trace.loss).toBe(a.trace.loss);
		expect(b.linkError).toBeNull();
	});

	it('shows the link opened last when a second is opened while the first is still being traced', async () => {
		const first = new LabState();
		first.editAt('e1-1-1', 0.3);
		const second = new LabState();
		second.editAt('e1-1-1', 0.7);
		const [one, two] = [await first.hash('en'), await second.hash('zh-TW')];
		const lab = new LabState();
		const [a, b] = await Promise.all([lab.restore(one), lab.restore(two)]);
		expect([a, b]).toEqual([null, 'zh-TW']);
		expect(lab.json).toEqual(second.json);
		expect(lab.trace.loss).toBe(second.trace.loss);
	});

	it('shows the default example and says why for a garbled link', async () => {
		const lab = new LabState();
		lab.editAt('e1-1-1', 0.3);
		expect(await lab.restore('#state=<garbage>')).toBeNull();
		expect(lab.linkError).toMatch(/the link is damaged/);
		expect(lab.json).toEqual(DEFAULT_NETWORK);
	});

	it('shows the default example for a link whose network is hostile or invalid', async () => {
		const hostile = structuredClone(DEFAULT_NETWORK);
		hostile.layers[1].names = ['<img src=x onerror=alert(1)>', 'H_2'];
		const link = await encodeShare({ network: hostile, step: 0, rounding: true, lang: 'en' });
		const lab = new LabState();
		await lab.restore(hashFromLink(link));
		expect(lab.linkError).toMatch(/layers\[1\]\.names\[0\]/);
		expect(lab.network.layers[0].names).toEqual(['H_1', 'H_2']);

		const huge = { ...DEFAULT_NETWORK, layers: [{ size: 1000 }, ...DEFAULT_NETWORK.layers.slice(1)] };
		await lab.restore(hashFromLink(await encodeShare({ network: huge as NetworkJson, step: 0, rounding: true, lang: 'en' })));
		expect(lab.linkError).toMatch(/64/);
	});

	it('ignores a hash that holds no state', async () => {
		const lab = new LabState();
		expect(await lab.restore('#top')).toBeNull();
		expect(lab.linkError).toBeNull();
	});

	it('describes the editable numbers behind diagram elements', () => {
		const lab = new LabState();
		expect(lab.leafAt('e2-1-1')).toMatchObject({ id: 'w[2][1][1]', label: 'w_5', value: 0.1 });
		expect(lab.leafAt('n0-2')).toMatchObject({ id: 'a[0][2]', value: 0.3 });
		expect(lab.leafAt('y2')).toMatchObject({ id: 'y[2]', value: -0.07 });
		expect(lab.leafAt('b1-1')).toBeNull(); // the course network has no biases
		expect(lab.leafAt('n1-1')).toBeNull(); // computed, not editable
	});

	it('keeps the layout while only numbers change', () => {
		const lab = new LabState();
		const layout = lab.layout;
		lab.editAt('e2-1-1', 0.4);
		expect(lab.layout).toBe(layout);
		lab.apply(addNeuron(lab.json, 1), 'layers[1].size');
		expect(lab.layout).not.toBe(layout);
	});
});

describe('helpers', () => {
	it('clamp keeps an index within the steps', () => {
		expect(clamp(-1, 10)).toBe(0);
		expect(clamp(12, 10)).toBe(9);
		expect(clamp(NaN, 10)).toBe(0);
		expect(clamp(3, 0)).toBe(0);
	});

	it('shapeOf and parseShape describe sizes and biases', () => {
		const lab = new LabState();
		expect(shapeOf(lab.network)).toBe('2-2-2|none,none');
		expect(parseShape('2-3-1|each,shared')).toEqual({ sizes: [2, 3, 1], biases: ['each', 'shared'] });
	});
});
