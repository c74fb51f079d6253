// Central differences of the reference network's loss in one parameter, by id, and the check of a
// trace's loss and gradients against them.

import { expect } from 'vitest';
import type { Trace } from '../../../src/lib/engine/trace/types';
import { totalLoss, type RefNet } from './reference';

/** Sets the parameter `id` (w[l][j][i], b[l][j], b[l], alpha[l][j], gamma[l][j], beta[l][j]) of the reference network. */
function setParam(ref: RefNet, id: string, value: number): number {
	const n = id.match(/\d+/g)!.map(Number);
	const layer = ref.layers[n[0] - 1];
	let old: number;
	if (id.startsWith('w')) {
		old = layer.W[n[1] - 1][n[2] - 1];
		layer.W[n[1] - 1][n[2] - 1] = value;
	} else if (id.startsWith('gamma') || id.startsWith('beta')) {
		const v = id.startsWith('gamma') ? layer.bn!.gamma : layer.bn!.beta;
		old = v[n[1] - 1];
		v[n[1] - 1] = value;
	} else if (id.startsWith('alpha')) {
		old = layer.alpha![n[1] - 1];
		layer.alpha![n[1] - 1] = value;
	} else if (n.length === 1) {
		old = layer.b as number;
		layer.b = value;
	} else {
		old = (layer.b as number[])[n[1] - 1];
		(layer.b as number[])[n[1] - 1] = value;
	}
	return old;
}

export function centralDifference(ref: RefNet, id: string, h: number): number {
	const old = setParam(ref, id, 0);
	setParam(ref, id, old + h);
	const up = totalLoss(ref);
	setParam(ref, id, old - h);
	const down = totalLoss(ref);
	setParam(ref, id, old);
	return (up - down) / (2 * h);
}

/**
 * Expects the trace's loss to be the reference's and every gradient its finite difference; a
 * gradient at a kink within reach of h (relu at 0, |y − a| at 0, hinge's corner) is skipped, where
 * finite differences mean nothing. Returns how many were checked and how many skipped.
 */
export function expectGradientsAgree(trace: Trace, ref: RefNet, seed: number): { checked: number; kinks: number } {
	const E = totalLoss(ref);
	expect(Math.abs(trace.loss - E), `seed ${seed}: loss`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(E)));
	let checked = 0;
	let kinks = 0;
	for (const [id, g] of Object.entries(trace.gradients)) {
		const fd = centralDifference(ref, id, 1e-5);
		const fdFine = centralDifference(ref, id, 1e-6);
		if (Math.abs(fd - fdFine) > 1e-6 * Math.max(1e-3, Math.abs(fd))) {
			kinks++;
			continue;
		}
		const err = Math.abs(g - fd) / Math.max(1e-3, Math.abs(g) + Math.abs(fd));
		expect(err, `seed ${seed}: ∂E/∂${id} = ${g}, finite differences ${fd}`).toBeLessThan(1e-6);
		checked++;
	}
	return { checked, kinks };
}
