// The fast path against the exact engine: the same network file gives the same loss, gradients and
// one-step updates — to 1e-10 relative in Float64, to float32 precision in Float32 — on seeded
// random networks covering every activation, loss and optimizer, with several samples (full batch).

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../src/lib/engine/ops/activations/custom-compiler';
import { buildTrace } from '../../src/lib/engine/trace/build';
import { ACTIVATIONS, LOSSES, OPTIMIZERS, type Network } from '../../src/lib/engine/spec/types';
import { availableKernels, kernelsByName } from '../../src/lib/fast/kernels/index';
import type { Kernels } from '../../src/lib/fast/kernels/types';
import { oneStep } from '../../src/lib/fast/one-step';
import { referenceKernels } from './reference-gemm';
import { randomNetwork } from './random-network';
import { close, mismatches } from './tolerance';

const GRADIENT_OPTIMIZERS = OPTIMIZERS.filter((o) => o !== 'perceptron');
const ELEMENTWISE = ACTIVATIONS.filter((a) => a !== 'softmax');

/** Network i varies the hidden activation, the loss and the optimizer independently. */
function network(i: number): Network {
	return randomNetwork(1000 + i, {
		activation: ELEMENTWISE[i % ELEMENTWISE.length],
		loss: LOSSES[Math.floor(i / ELEMENTWISE.length) % LOSSES.length],
		optimizer: GRADIENT_OPTIMIZERS[i % GRADIENT_OPTIMIZERS.length],
		samples: 1 + (i % 4)
	});
}

function disagreement(net: Network, precision: 'f32' | 'f64', rel: number, kernels: () => Kernels = () => referenceKernels(precision as 'f64')): string[] {
	const trace = buildTrace(net);
	const fast = oneStep(kernels(), net, compileCustom);
	const out: string[] = [];
	if (!close(trace.loss, fast.loss, rel)) out.push(`E: expected ${trace.loss}, got ${fast.loss}`);
	out.push(...mismatches(trace.gradients, fast.gradients, rel), ...mismatches(trace.updated, fast.updated, rel));
	return out;
}

describe('oneStep (Float64) agrees with buildTrace to 1e-10', () => {
	it('on 260 seeded random networks over every activation, loss and optimizer', () => {
		const failures: string[] = [];
		for (let i = 0; i < 260; i++) {
			const net = network(i);
			const bad = disagreement(net, 'f64', 1e-10);
			if (bad.length) failures.push(`network ${i} (${net.layers.map((l) => l.activation.name)}, ${net.loss}, ${net.optimizer.type}): ${bad[0]}`);
		}
		expect(failures).toEqual([]);
	});

	it.each(ELEMENTWISE)('with every hidden layer %s', (activation) => {
		for (let s = 0; s < 8; s++) {
			const net = randomNetwork(5000 + s, { activation, samples: 3 });
			expect(disagreement(net, 'f64', 1e-10)).toEqual([]);
		}
	});

	it.each(LOSSES)('with the %s loss, after softmax and after sigmoid', (loss) => {
		for (const output of ['softmax', 'sigmoid'] as const)
			for (let s = 0; s < 6; s++) expect(disagreement(randomNetwork(6000 + s, { loss, output, samples: 2 }), 'f64', 1e-10)).toEqual([]);
	});

	it('with dropout, bias and activity penalties (#17) on 200 networks', () => {
		const failures: string[] = [];
		const seen = { dropout: 0, bias: 0, activity: 0 };
		for (let i = 0; i < 200; i++) {
			const base = network(i);
			const net = randomNetwork(1000 + i, {
				activation: base.layers[0].activation.name === 'softmax' ? 'tanh' : ELEMENTWISE[i % ELEMENTWISE.length],
				loss: base.loss,
				optimizer: base.optimizer.type,
				samples: 1 + (i % 4),
				extras: true
			});
			for (const l of net.layers) {
				if (l.dropout) seen.dropout++;
				if (l.biasRegularizer) seen.bias++;
				if (l.activityRegularizer) seen.activity++;
			}
			const bad = disagreement(net, 'f64', 1e-10);
			if (bad.length) failures.push(`network ${i}: ${bad[0]}`);
		}
		expect(failures).toEqual([]);
		expect(Math.min(seen.dropout, seen.bias, seen.activity)).toBeGreaterThan(40);
	});

	it('with batch normalisation (#17) on 120 networks, the moving statistics too', () => {
		const failures: string[] = [];
		let normalised = 0;
		for (let i = 0; i < 120; i++) {
			const net = randomNetwork(9000 + i, { activation: ELEMENTWISE.filter((a) => a !== 'prelu')[i % (ELEMENTWISE.length - 1)], samples: 2 + (i % 4), batchNorm: true });
			normalised += net.layers.filter((l) => l.batchNorm).length;
			const trace = buildTrace(net);
			const fast = oneStep(referenceKernels('f64'), net, compileCustom);
			const bad = disagreement(net, 'f64', 1e-10);
			for (const [id, v] of Object.entries(fast.updated)) {
				if (!id.startsWith('moving')) continue;
				const want = trace.values[`${id}'`];
				if (!close(want, v, 1e-10)) bad.push(`${id}': expected ${want}, got ${v}`);
			}
			if (bad.length) failures.push(`network ${i} (${net.layers.map((l) => l.activation.name)}, ${net.loss}, ${net.optimizer.type}): ${bad[0]}`);
		}
		expect(failures).toEqual([]);
		expect(normalised).toBeGreaterThan(100);
	});

	it('with the perceptron rule on step and sign outputs', () => {
		for (let s = 0; s < 30; s++) {
			const net = randomNetwork(7000 + s, { optimizer: 'perceptron', loss: s % 2 ? 'hinge' : 'half_sse', samples: 1 + (s % 4) });
			expect(disagreement(net, 'f64', 1e-10)).toEqual([]);
		}
	});
});

describe('the optimised kernels give the same step', () => {
	it('typedarray-f64 to 1e-10 on 100 networks', () => {
		const failures: string[] = [];
		for (let i = 0; i < 100; i++) {
			const bad = disagreement(network(i), 'f64', 1e-10, () => kernelsByName('typedarray-f64'));
			if (bad.length) failures.push(`network ${i}: ${bad[0]}`);
		}
		expect(failures).toEqual([]);
	});

	it.each(availableKernels('f32'))('%s to float32 precision on smooth networks', (name) => {
		const failures: string[] = [];
		let compared = 0;
		for (let i = 0; i < 1000 && compared < 40; i++) {
			const net = network(i);
			if (!smooth(net)) continue;
			compared++;
			const bad = disagreement(net, 'f32', 1e-4, () => kernelsByName(name));
			if (bad.length) failures.push(`network ${i}: ${bad[0]}`);
		}
		expect(compared).toBe(40);
		expect(failures).toEqual([]);
	});
});

/** Kinks (relu, step, clipping, hinge, mae) may flip under float32 rounding: float32 runs keep smooth networks. */
function smooth(net: Network): boolean {
	const kinked = net.layers.some((l) => ['relu', 'leaky_relu', 'prelu', 'rrelu', 'step', 'sign', 'elu', 'custom'].includes(l.activation.name));
	return !kinked && net.loss !== 'mae' && net.loss !== 'hinge' && net.optimizer.clipvalue === null;
}

describe('oneStep (Float32) agrees with buildTrace to float32 precision', () => {
	it('with dropout, bias and activity penalties on 60 smooth networks', () => {
		const failures: string[] = [];
		let compared = 0;
		for (let i = 0; i < 2000 && compared < 60; i++) {
			const net = randomNetwork(3000 + i, { activation: (['sigmoid', 'tanh', 'softplus', 'swish'] as const)[i % 4], samples: 1 + (i % 4), extras: true });
			if (!smooth(net)) continue;
			compared++;
			const bad = disagreement(net, 'f32', 1e-4);
			if (bad.length) failures.push(`network ${i}: ${bad[0]}`);
		}
		expect(compared).toBe(60);
		expect(failures).toEqual([]);
	});

	it('on 100 seeded random networks with smooth activations', () => {
		const failures: string[] = [];
		let compared = 0;
		for (let i = 0; i < 1000 && compared < 100; i++) {
			const net = network(i);
			if (!smooth(net)) continue;
			compared++;
			const bad = disagreement(net, 'f32', 1e-4);
			if (bad.length) failures.push(`network ${i}: ${bad[0]}`);
		}
		expect(compared).toBe(100);
		expect(failures).toEqual([]);
	});
});
