// One labelling scheme per network (docs/naming.md): the file’s names last while its shape does; a
// shape edit writes every layer in the indexed scheme, so a trace never mixes the two.
import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { buildTrace } from '../../src/lib/engine/trace/build';
import { addHiddenLayer, addNeuron, removeHiddenLayer, removeNeuron, setLeaf } from '../../src/lib/state/edits';
import { markIfEdit } from '../../src/lib/state/edited-title';
import { LabState } from '../../src/lib/state/lab.svelte';
import type { NetworkJson } from '../../src/lib/state/network-json';
import { COURSE_JSON } from '../components/fixtures';
import relu from '../../static/examples/activation-relu.json';
import mazur from '../../static/examples/mazur-shared-frozen-biases.json';

const course = COURSE_JSON as unknown as NetworkJson;

/** Every neuron, weight and bias label of the network's trace, by the scheme it is written in. */
function schemes(json: NetworkJson): Set<'indexed' | 'named'> {
	const trace = buildTrace(validateNetwork(json));
	const out = new Set<'indexed' | 'named'>();
	for (const [id, label] of Object.entries(trace.idToLabel)) {
		const m = /^([awb])\[\d+\]/.exec(id);
		if (!m || /\(\d+\)/.test(id)) continue; // neurons, weights, biases of the one sample
		if (id.startsWith('a[0]')) continue; // inputs are x_j in both schemes
		out.add(/\^\{\[\d+\]\}/.test(label) ? 'indexed' : 'named');
	}
	return out;
}

const edits: [string, (j: NetworkJson) => NetworkJson][] = [
	['add a hidden layer', addHiddenLayer],
	['add a neuron to the hidden layer', (j) => addNeuron(j, 1)],
	['add an input', (j) => addNeuron(j, 0)],
	['remove a hidden neuron', (j) => removeNeuron(j, 1)],
	['add then remove a layer', (j) => removeHiddenLayer(addHiddenLayer(j), 2)]
];

describe('one labelling scheme per network', () => {
	it('the course example, as given, is written in its own names only', () => {
		expect(schemes(course)).toEqual(new Set(['named']));
	});

	it.each(edits)('%s: every layer in the indexed scheme', (_, edit) => {
		for (const file of [course, relu as unknown as NetworkJson, mazur as unknown as NetworkJson]) {
			const out = edit(file);
			expect(schemes(out)).toEqual(new Set(['indexed']));
			for (const layer of out.layers) expect([layer.names, layer.weightNames, layer.biasNames]).toEqual([undefined, undefined, undefined]);
		}
	});

	it('editing a number keeps the file’s names (the shape is the course’s)', () => {
		const out = setLeaf(course, { kind: 'weight', l: 1, j: 1, i: 1 }, 0.3);
		expect(out.layers[1].names).toEqual(course.layers[1].names);
		expect(schemes(out)).toEqual(new Set(['named']));
	});

	it('a network with no names stays in the indexed scheme when it grows', () => {
		const plain = addHiddenLayer(course); // already indexed
		expect(schemes(addHiddenLayer(plain))).toEqual(new Set(['indexed']));
	});
});

describe('an edited network says so in its title', () => {
	it('marks the title in both languages, once', () => {
		const once = markIfEdit(course, 'w[1][1][1]');
		expect(once.title).toEqual({ en: 'Course example: 2-2-2 sigmoid network (edited)', 'zh-TW': '課程範例：2-2-2 sigmoid 網路（已修改）' });
		expect(markIfEdit(once, 'layers').title).toEqual(once.title);
	});

	it('opening a file, rounding and style are not edits; an untitled file stays untitled', () => {
		for (const where of ['file', 'rounding', 'style']) expect(markIfEdit(course, where)).toBe(course);
		const { title: _t, ...untitled } = course;
		expect(markIfEdit(untitled as NetworkJson, 'layers')).toEqual(untitled);
	});

	it('a title at the length limit is shortened so the edit is still accepted', () => {
		const long = { ...course, title: 'x'.repeat(200) };
		const out = markIfEdit(long, 'layers');
		expect(() => validateNetwork(out)).not.toThrow();
		expect((out.title as { en: string }).en.endsWith('… (edited)')).toBe(true);
	});

	it('the lab shows the edited title after an edit, and the plain one after opening a file again', () => {
		const lab = new LabState(course);
		expect(lab.network.title).toBe('Course example: 2-2-2 sigmoid network');
		expect(lab.apply(addHiddenLayer(lab.json), 'layers')).toBe(true);
		expect(lab.network.titles?.['zh-TW']).toBe('課程範例：2-2-2 sigmoid 網路（已修改）');
		expect(lab.network.title).toBe('Course example: 2-2-2 sigmoid network (edited)');
		lab.open(course, 'file');
		expect(lab.network.title).toBe('Course example: 2-2-2 sigmoid network');
	});
});
