// /digits' live line and epoch table read one source: the run (through the real worker handler)
// writes the epoch's running averages while it goes and the epoch record when it ends, so the live
// figures of an ended epoch are its table row, and every live figure is a running average of its epoch.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDigits } from '../../src/lib/fast/datasets/digits';
import type { EpochRecord } from '../../src/lib/fast/train';
import { DigitsRun, type DigitsRunHost, type RunStatus } from '../../src/lib/state/digits-run';
import { liveFigures, type LiveProgress } from '../../src/lib/view/digits/live';
import { TrainingClient } from '../../src/lib/worker/client';
import { inMemoryWorker } from '../worker/in-memory';

const digits = decodeDigits(new Uint8Array(readFileSync(new URL('../../static/data/digits.bin', import.meta.url))));

/** A page's state that remembers every progress it was shown, and what the live line said after each epoch. */
function recordingHost() {
	const shown: LiveProgress[] = [];
	const afterEpoch: { record: EpochRecord; live: ReturnType<typeof liveFigures> }[] = [];
	let progress: LiveProgress | null = null;
	let history: EpochRecord[] = [];
	const host: DigitsRunHost = {
		status: 'idle' as RunStatus,
		kernels: '',
		message: '',
		runEpochs: 0,
		get progress() {
			return progress;
		},
		set progress(p) {
			progress = p;
			if (p) shown.push(p);
		},
		get history() {
			return history;
		},
		set history(h) {
			history = h;
		},
		useSnapshot() {
			const record = history.at(-1)!;
			afterEpoch.push({ record, live: liveFigures(progress, history) });
		}
	};
	return { host, shown, afterEpoch };
}

describe('DigitsRun', () => {
	it('shows the epoch record as the live figures of an ended epoch, and running averages before', async () => {
		const { host, shown, afterEpoch } = recordingHost();
		// Every progress written at once, so that none is skipped.
		const run = new DigitsRun(host, () => new TrainingClient(inMemoryWorker().port), (draw) => draw());
		await run.train({ kind: 'perceptron', optimizer: 'sgd', learningRate: 0.1, epochs: 3, batchSize: 40 }, digits);
		expect(host.status).toBe('finished');
		expect(host.history).toHaveLength(3);
		expect(afterEpoch).toHaveLength(3);
		for (const { record, live } of afterEpoch) {
			// The live line at the epoch's end is the table's row, to the last bit.
			expect(live).toMatchObject({ epoch: record.epoch, ended: true, loss: record.loss, accuracy: record.accuracy });
			expect(live!.test).toEqual({ epoch: record.epoch, loss: record.valLoss, accuracy: record.valAccuracy });
			// The last progress of that epoch (200 steps, one every 4: on its last step) said the same.
			const last = shown.filter((p) => p.epoch === record.epoch && p.epochProgress === 1);
			expect(last.length).toBeGreaterThan(0);
			for (const p of last) {
				expect(p.loss).toBe(record.loss);
				expect(p.accuracy).toBe(record.accuracy);
			}
		}
		// Mid-epoch figures are running averages: after the first epoch their loss drifts slowly, as
		// a mean over many batches does, and stays near the epoch's record.
		const second = shown.filter((p) => p.epoch === 2 && p.epochProgress > 0.5);
		for (const p of second) expect(Math.abs(p.loss - afterEpoch[1].record.loss)).toBeLessThan(0.1);
		run.dispose();
	}, 60_000);
});
