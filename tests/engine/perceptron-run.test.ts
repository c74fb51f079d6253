// The course's perceptron run epoch by epoch: every update equals buildTrace's perceptron update of
// the network with the same weights, the course example converges, and XOR never does.

import { describe, expect, it } from 'vitest';
import {
	boundary,
	boundarySegment,
	networkAt,
	paramsOf,
	perceptronEpoch,
	perceptronProblem,
	plottedInputs,
	predict,
	runPerceptron
} from '../../src/lib/engine/concepts/perceptron-run';
import { validateNetwork } from '../../src/lib/engine/spec/validate';
import { buildTrace } from '../../src/lib/engine/trace/build';
import course from '../../static/examples/course-perceptron-4-samples.json';
import { presetWith } from '../../src/lib/view/perceptron/presets';

const net = validateNetwork(course);
const xor = validateNetwork(presetWith('xor', 0.11));

describe('perceptron-run', () => {
	it("the first epoch is the course's: ŷ = sign(Xw) = (−1, −1, −1, 1) and w' = (0.665, −0.575, 0.24)", () => {
		// Xw = (0.61 − 2.88 + 0.06, 0.61 − 3.84 + 0.06, 0.61 − 0.96 + 0.02, 0.61 + 0.04)
		const e = perceptronEpoch(net, paramsOf(net), 1);
		expect(e.z.map((z) => Number(z.toFixed(10)))).toEqual([-2.21, -3.17, -0.33, 0.65]);
		expect(e.predictions).toEqual([-1, -1, -1, 1]);
		expect(e.errors).toEqual([2, 2, 0, -2]);
		expect(e.misclassified).toBe(3);
		// w0' = 0.61 + 0.11·(2 + 2 + 0 − 2)/4; w1' = −0.96 + 0.11·(6 + 8 + 0 − 0)/4; w2' = 0.02 + 0.11·(6 + 6 + 0 − 4)/4
		expect(e.next[0]).toBeCloseTo(0.665, 12);
		expect(e.next[1]).toBeCloseTo(-0.575, 12);
		expect(e.next[2]).toBeCloseTo(0.24, 12);
	});

	it("every epoch's update equals buildTrace's perceptron update of the network with those weights", () => {
		const run = runPerceptron(net, 100);
		expect(run.epochs.length).toBeGreaterThan(3);
		for (const e of run.epochs) {
			const trace = buildTrace(networkAt(net, e.params));
			const updated = ['w[1][1][1]', 'w[1][1][2]', 'w[1][1][3]'].map((id) => trace.updated[id]);
			updated.forEach((w, i) => expect(e.next[i]).toBeCloseTo(w, 12));
			// and the trace's own predictions are ours
			e.predictions.forEach((p, k) => expect(trace.values[`a[1][1]@${k + 1}`]).toBe(p));
		}
	});

	it('the course example converges after 18 updates to w = (−0.215, 0.25, −0.145), every sample classified', () => {
		const run = runPerceptron(net, 100);
		expect(run.outcome).toBe('converged');
		expect(run.epochs).toHaveLength(18);
		expect(run.final[0]).toBeCloseTo(-0.215, 12);
		expect(run.final[1]).toBeCloseTo(0.25, 12);
		expect(run.final[2]).toBeCloseTo(-0.145, 12);
		expect(run.finalPredictions).toEqual([1, 1, -1, -1]);
		expect(perceptronEpoch(net, run.final, 19).delta).toEqual([0, 0, 0]);
	});

	it('stops at the epoch limit when a limit comes first', () => {
		const run = runPerceptron(net, 5);
		expect(run.outcome).toBe('limit');
		expect(run.epochs).toHaveLength(5);
		expect(run.final).toEqual(run.epochs[4].next);
	});

	it('XOR is not linearly separable: 200 updates and still a sample misclassified', () => {
		const run = runPerceptron(xor, 200);
		expect(run.outcome).toBe('limit');
		expect(run.epochs).toHaveLength(200);
		expect(run.epochs.every((e) => e.misclassified > 0)).toBe(true);
	});

	it('a bias of the layer is a parameter after the weights, updated like a weight on input 1', () => {
		const withBias = validateNetwork({
			layers: [{ size: 2 }, { size: 1, activation: 'sign', weights: [[0.5, -0.5]], biases: [0.1] }],
			loss: 'mse',
			samples: [
				{ input: [1, 2], target: [-1] },
				{ input: [2, 0], target: [1] }
			],
			optimizer: { type: 'perceptron', learningRate: 0.5 }
		});
		expect(paramsOf(withBias)).toEqual([0.5, -0.5, 0.1]);
		const e = perceptronEpoch(withBias, paramsOf(withBias), 1);
		const trace = buildTrace(withBias);
		expect(e.next[0]).toBeCloseTo(trace.updated['w[1][1][1]'], 12);
		expect(e.next[1]).toBeCloseTo(trace.updated['w[1][1][2]'], 12);
		expect(e.next[2]).toBeCloseTo(trace.updated['b[1][1]'], 12);
		expect(networkAt(withBias, [1, 2, 3]).layers[0]).toMatchObject({ weights: [[1, 2]], biases: [3] });
	});

	it('boundary gives the line w1·x1 + w2·x2 + w0 = 0 in the plane of the two varying inputs', () => {
		expect(plottedInputs(net)).toEqual([1, 2]);
		expect(boundary(net, [0.61, -0.96, 0.02], 1, 2)).toEqual({ a: -0.96, b: 0.02, c: 0.61 });
		const { z } = predict(net, [0.61, -0.96, 0.02]);
		const { a, b, c } = boundary(net, [0.61, -0.96, 0.02], 1, 2);
		net.samples.forEach((s, k) => expect(a * s.input[1] + b * s.input[2] + c).toBeCloseTo(z[k], 12));
	});

	it('perceptronProblem refuses networks that are not one layer of one sign/step neuron', () => {
		expect(perceptronProblem(net)).toBeNull();
		const two = validateNetwork({ ...course, layers: [course.layers[0], { size: 2, activation: 'sign', weights: [[1, 2, 3], [4, 5, 6]] }], samples: [{ input: [1, 2, 3], target: [1, -1] }] });
		expect(perceptronProblem(two)).toMatch(/one output neuron/);
	});
});

describe('boundarySegment', () => {
	it('clips x − y = 0 to the diagonal of the unit box', () => {
		expect(boundarySegment({ a: 1, b: -1, c: 0 }, [0, 1], [0, 1])).toEqual([
			[0, 0],
			[1, 1]
		]);
	});
	it('gives a vertical line x = 2 from the bottom to the top', () => {
		const seg = boundarySegment({ a: 1, b: 0, c: -2 }, [0, 4], [0, 3]);
		expect(seg).toEqual([
			[2, 0],
			[2, 3]
		]);
	});
	it('is null when the line misses the box or there is no line', () => {
		expect(boundarySegment({ a: 1, b: 1, c: 10 }, [0, 1], [0, 1])).toBeNull();
		expect(boundarySegment({ a: 0, b: 0, c: 1 }, [0, 1], [0, 1])).toBeNull();
	});
	it('both end points lie on the line and on the box', () => {
		const line = { a: -0.96, b: 0.02, c: 0.61 };
		const seg = boundarySegment(line, [-1, 5], [0, 4]);
		expect(seg).not.toBeNull();
		for (const [x, y] of seg ?? []) {
			expect(line.a * x + line.b * y + line.c).toBeCloseTo(0, 10);
			expect(x === -1 || x === 5 || Math.abs(y) < 1e-9 || Math.abs(y - 4) < 1e-9).toBe(true);
		}
	});
});
