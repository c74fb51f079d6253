// A trace built in slices (the lab's way for a large network: the page paints between them) is the
// very trace built at once, and fails with the very error.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace, buildTraceInSlices } from '../../../src/lib/engine/trace/build';
import type { Trace } from '../../../src/lib/engine/trace/types';
import { randomNetwork } from '../../fast/random-network';

const shape = (t: Trace) => ({ steps: t.steps.map((s) => [s.id, s.label, s.value, s.formula, s.substituted, s.dependsOn]), loss: t.loss, updated: t.updated, gradients: t.gradients });
const example = (f: string) => validateNetwork(JSON.parse(readFileSync(`static/examples/${f}`, 'utf8')));

describe('buildTraceInSlices', () => {
	it('builds the same trace as buildTrace, pausing between slices', async () => {
		const nets = [example('course-2-2-2.json'), example('course-2-2-2-textbook.json'), ...Array.from({ length: 12 }, (_, s) => randomNetwork(300 + s, { samples: 1 + (s % 4) }))];
		for (const net of nets) {
			let pauses = 0;
			const sliced = await buildTraceInSlices(net, async () => void pauses++, 0);
			expect(shape(sliced)).toEqual(shape(buildTrace(net)));
			if (net.style !== 'course') expect(pauses).toBeGreaterThan(net.samples.length);
		}
	});

	it('rejects with the error buildTrace throws', async () => {
		const json = JSON.parse(readFileSync('static/examples/course-2-2-2-exact.json', 'utf8'));
		json.layers[1].activation = 'linear';
		json.layers[1].weights = [[1e200, 1e200], [1e200, 1e200]];
		json.samples[0].input = [1e200, 1e200];
		const net = validateNetwork(json);
		expect(() => buildTrace(net)).toThrow(/overflows/);
		await expect(buildTraceInSlices(net, async () => {}, 0)).rejects.toThrow(/overflows/);
	});
});
