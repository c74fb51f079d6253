import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { expectGradientsAgree } from './finite-differences';
import { LOSSES, randomNetworkJson, toReference } from './random-networks';

const NETWORKS = 240;

describe('buildTrace(random networks) agrees with an independent reference', () => {
	it(`gives the reference loss and finite-difference gradients on ${NETWORKS} seeded networks`, () => {
		let checked = 0;
		let kinks = 0;
		const lossesSeen = new Set<string>();
		const activationsSeen = new Set<string>();
		for (let seed = 1; seed <= NETWORKS; seed++) {
			const net = validateNetwork(randomNetworkJson(seed));
			const trace = buildTrace(net);
			const ref = toReference(net);
			lossesSeen.add(net.loss);
			net.layers.forEach((l) => activationsSeen.add(l.activation.name));
			const counted = expectGradientsAgree(trace, ref, seed);
			checked += counted.checked;
			kinks += counted.kinks;
		}
		expect(lossesSeen).toEqual(new Set(LOSSES));
		for (const a of ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'softplus', 'swish', 'rrelu', 'custom', 'softmax']) {
			expect(activationsSeen.has(a), a).toBe(true);
		}
		expect(checked).toBeGreaterThan(2000);
		expect(kinks).toBeLessThan(checked / 50);
	});
});
