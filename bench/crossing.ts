// How dear it is for the two threads to pass data: the round trip of one number between this thread
// and a worker (each spins until the other's store arrives), in nanoseconds. Two threads of a step
// read what the other wrote a moment ago, so this is what they pay for every line that crosses. On a
// virtual machine it moves while the bench runs (the host places the two cores near each other or
// far apart: here about 120 ns or about 350 ns), so the training task measures it before each pair
// of blocks and the figures can be read by it.

import { Worker } from 'node:worker_threads';

/** A round trip under this many nanoseconds: the cores were close (on this machine 95–135 ns against 280–500). */
export const CLOSE_NS = 200;

/** Round trips of one probe: about 10 ms. */
const TRIPS = 40_000;

// The worker sleeps until asked (PROBE), then answers every odd number in PING with the next even
// one until it has answered TRIPS of them.
const PROBE = 0;
const PING = 1;
const STOP = 2;
const WORKER = `
const { workerData } = require('node:worker_threads');
const a = new Int32Array(workerData.buffer);
for (;;) {
	Atomics.wait(a, ${PROBE}, 0);
	if (Atomics.load(a, ${STOP})) break;
	for (let i = 0; i < workerData.trips; i++) {
		let v;
		while (((v = Atomics.load(a, ${PING})) & 1) === 0) if (Atomics.load(a, ${STOP})) process.exit(0);
		Atomics.store(a, ${PING}, v + 1);
	}
	Atomics.store(a, ${PROBE}, 0);
}`;

export interface CrossingProbe {
	/** Nanoseconds per round trip, over about 10 ms; NaN if the worker did not answer within a second. */
	roundTripNs(): number;
	close(): Promise<void>;
}

/** Starts the worker; resolves once it is up. */
export async function crossingProbe(): Promise<CrossingProbe> {
	const shared = new Int32Array(new SharedArrayBuffer(16));
	const worker = new Worker(WORKER, { eval: true, workerData: { buffer: shared.buffer, trips: TRIPS } });
	await new Promise<void>((resolve, reject) => {
		worker.once('online', () => resolve());
		worker.once('error', reject);
	});
	return {
		roundTripNs() {
			const start = performance.now();
			const late = () => performance.now() - start > 1000;
			// The last probe's end: the worker clears PROBE after its last answer.
			while (Atomics.load(shared, PROBE) !== 0) if (late()) return NaN;
			Atomics.store(shared, PING, 0);
			Atomics.store(shared, PROBE, 1);
			Atomics.notify(shared, PROBE);
			const begin = performance.now();
			let v = 0;
			for (let i = 0; i < TRIPS; i++) {
				Atomics.store(shared, PING, ++v);
				for (let spins = 0; Atomics.load(shared, PING) === v; spins++) if ((spins & 0xffff) === 0xffff && late()) return NaN;
				v++;
			}
			return ((performance.now() - begin) * 1e6) / TRIPS;
		},
		async close() {
			Atomics.store(shared, STOP, 1);
			Atomics.store(shared, PROBE, 1);
			Atomics.notify(shared, PROBE);
			await worker.terminate();
		}
	};
}
