// "No activation saturated" (docs/exercises.md): every neuron's net input z lies where its
// activation still has a slope a person can see, and away from a kink, so that each variant's
// gradients are neither vanishing nor decided by which side of 0 a rounded z falls.

import type { ActivationName, Network } from '../spec/types';
import type { Trace } from '../trace/types';

/** Bounds on z per activation: |z| at most `max`, and at least `min` (away from a kink at 0). */
const Z_BOUNDS: Partial<Record<ActivationName, { max?: number; min?: number; alive?: boolean }>> = {
	sigmoid: { max: 3 }, // σ'(3) ≈ 0.045: still a tenth of its peak
	tanh: { max: 1.5 }, // tanh'(1.5) ≈ 0.18
	softplus: { max: 4 },
	swish: { max: 4 },
	elu: { max: 3 },
	relu: { min: 0.05, alive: true }, // a dead ReLU (z < 0) passes no gradient: saturated too
	leaky_relu: { min: 0.05 },
	prelu: { min: 0.05 },
	rrelu: { min: 0.05 },
	step: { min: 0.05 },
	sign: { min: 0.05 }
};

/** Softmax outputs: no class so sure (or so unlikely) that its gradient all but vanishes. */
const SOFTMAX_RANGE = [0.02, 0.95];

/** True when no neuron of the network is saturated; `textbook` is a trace with z steps, unrounded. */
export function unsaturated(net: Network, textbook: Trace): boolean {
	for (const step of textbook.steps) {
		const m = /^([az])\[(\d+)\]\[\d+\]/.exec(step.id);
		if (!m || m[2] === '0') continue;
		const act = net.layers[Number(m[2]) - 1].activation.name;
		const x = step.unrounded;
		if (!Number.isFinite(x) || Math.abs(x) > 50) return false;
		if (m[1] === 'a') {
			if (act === 'softmax' && (x < SOFTMAX_RANGE[0] || x > SOFTMAX_RANGE[1])) return false;
			continue;
		}
		const bounds = Z_BOUNDS[act];
		if (bounds?.max !== undefined && Math.abs(x) > bounds.max) return false;
		if (bounds?.min !== undefined && Math.abs(x) < bounds.min) return false;
		if (bounds?.alive && x < 0) return false;
	}
	return true;
}
