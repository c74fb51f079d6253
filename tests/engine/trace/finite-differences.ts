// Central differences of the reference network's loss in one parameter, by id.

import { totalLoss, type RefNet } from './reference';

/** Sets the parameter `id` (w[l][j][i], b[l][j], b[l], alpha[l][j]) of the reference network. */
function setParam(ref: RefNet, id: string, value: number): number {
	const n = id.match(/\d+/g)!.map(Number);
	const layer = ref.layers[n[0] - 1];
	let old: number;
	if (id.startsWith('w')) {
		old = layer.W[n[1] - 1][n[2] - 1];
		layer.W[n[1] - 1][n[2] - 1] = value;
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
