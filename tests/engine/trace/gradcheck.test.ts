import { describe, expect, it } from 'vitest';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { centralDifference } from './finite-differences';
import { totalLoss } from './reference';
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
			const E = totalLoss(ref);
			expect(Math.abs(trace.loss - E), `seed ${seed}: loss`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(E)));
			for (const [id, g] of Object.entries(trace.gradients)) {
				const fd = centralDifference(ref, id, 1e-5);
				const fdFine = centralDifference(ref, id, 1e-6);
				// A kink (relu at 0, |y − a| at 0, hinge's corner) within reach of h: finite differences are meaningless there.
				if (Math.abs(fd - fdFine) > 1e-6 * Math.max(1e-3, Math.abs(fd))) {
					kinks++;
					continue;
				}
				const err = Math.abs(g - fd) / Math.max(1e-3, Math.abs(g) + Math.abs(fd));
				expect(err, `seed ${seed}: ∂E/∂${id} = ${g}, finite differences ${fd}`).toBeLessThan(1e-6);
				checked++;
			}
		}
		expect(lossesSeen).toEqual(new Set(LOSSES));
		for (const a of ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'prelu', 'elu', 'softplus', 'swish', 'rrelu', 'custom', 'softmax']) {
			expect(activationsSeen.has(a), a).toBe(true);
		}
		expect(checked).toBeGreaterThan(2000);
		expect(kinks).toBeLessThan(checked / 50);
	});
});
