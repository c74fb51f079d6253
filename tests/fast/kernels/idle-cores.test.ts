// The meter of idle cores on counters of its own: whole cores idle over an interval, or NaN when the
// counters cannot tell.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpus } from 'node:os';
import { idleCoresMeter, MIN_INTERVAL_MS, type CoreTimes } from '../../../src/lib/fast/kernels/idle-cores';

const core = (busy: number, idle: number): CoreTimes => ({ user: busy, nice: 0, sys: 0, idle, irq: 0 });

function fake(cores: number) {
	let t = 0;
	let times: CoreTimes[] = Array.from({ length: cores }, () => core(0, 0));
	const meter = idleCoresMeter(() => times, () => t);
	/** `ms` pass with these cores' busy fractions. */
	const pass = (ms: number, busy: number[]) => {
		t += ms;
		times = times.map((c, i) => core(c.user + busy[i] * ms, c.idle + (1 - busy[i]) * ms));
	};
	return { meter, pass, set: (next: CoreTimes[]) => (times = next) };
}

describe('idleCoresMeter', () => {
	it('counts whole cores idle since the previous call', () => {
		const { meter, pass } = fake(2);
		pass(300, [1, 0]);
		expect(meter()).toBeCloseTo(1);
		pass(300, [1, 1]);
		expect(meter()).toBeCloseTo(0);
		pass(400, [0.5, 0.25]);
		expect(meter()).toBeCloseTo(1.25);
	});

	it('gives NaN within MIN_INTERVAL_MS, keeping the start of the interval', () => {
		const { meter, pass } = fake(2);
		pass(MIN_INTERVAL_MS / 2, [1, 1]);
		expect(meter()).toBeNaN();
		pass(MIN_INTERVAL_MS, [1, 0]);
		// The whole 1.5 intervals count: a third of them with both cores busy.
		expect(meter()).toBeCloseTo(2 / 3);
	});

	it('gives NaN where the counters do not move or are missing', () => {
		const { meter, pass, set } = fake(2);
		pass(500, [0, 0]);
		set([core(0, 0), core(0, 0)]); // counters reset or frozen
		expect(meter()).toBeNaN();
		pass(500, [0, 0]);
		set([]);
		expect(meter()).toBeNaN();
		let t = 0;
		const refusing = idleCoresMeter(() => {
			throw new Error('no /proc here');
		}, () => (t += 500));
		expect(refusing()).toBeNaN();
	});

	it('gives NaN or a number of cores between 0 and the count of them, whatever the counters say', () => {
		const counter = fc.oneof(fc.double(), fc.integer({ min: -1e9, max: 1e12 }), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308));
		const times = fc.array(fc.record({ user: counter, nice: counter, sys: counter, idle: counter, irq: counter }), { maxLength: 6 });
		fc.assert(
			fc.property(fc.array(times, { minLength: 2, maxLength: 6 }), fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 6, maxLength: 6 }), (readings, gaps) => {
				let i = 0;
				let t = 0;
				const meter = idleCoresMeter(() => readings[Math.min(i++, readings.length - 1)], () => (t += gaps[i % gaps.length]));
				for (let call = 1; call < readings.length; call++) {
					const idle = meter();
					const cores = readings[Math.min(i - 1, readings.length - 1)].length;
					if (!Number.isNaN(idle)) {
						expect(Number.isFinite(idle)).toBe(true);
						expect(idle).toBeGreaterThanOrEqual(0);
						expect(idle).toBeLessThanOrEqual(cores);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('reads this machine: a number of cores between 0 and the count of them', async () => {
		const meter = idleCoresMeter(() => cpus().map((c) => c.times));
		await new Promise((r) => setTimeout(r, MIN_INTERVAL_MS + 50));
		const idle = meter();
		if (!Number.isNaN(idle)) {
			expect(idle).toBeGreaterThanOrEqual(0);
			expect(idle).toBeLessThanOrEqual(cpus().length + 1e-9);
		}
	});
});
