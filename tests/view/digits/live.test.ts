import { describe, expect, it } from 'vitest';
import { liveFigures, type LiveProgress } from '../../../src/lib/view/digits/live';
import type { EpochRecord } from '../../../src/lib/fast/train';

const record = (epoch: number, loss: number, accuracy: number): EpochRecord => ({ epoch, loss, accuracy, valLoss: 0.3247, valAccuracy: 0.851, seconds: 1 });
const progress = (epoch: number, epochProgress: number, loss: number, accuracy: number): LiveProgress => ({ epoch, epochProgress, loss, accuracy, rate: 1000 });

describe('liveFigures(progress, history)', () => {
	it('is nothing before the first progress', () => {
		expect(liveFigures(null, [])).toBeNull();
	});

	it('shows the running averages of the epoch under way, with no test figures before the first epoch ends', () => {
		expect(liveFigures(progress(1, 0.4, 0.9, 0.6), [])).toEqual({ epoch: 1, ended: false, loss: 0.9, accuracy: 0.6, test: null });
	});

	it('shows an ended epoch’s record, the numbers of the table’s row, whatever progress came last', () => {
		const h = [record(1, 0.6494, 0.801)];
		expect(liveFigures(progress(1, 0.98, 0.2832, 0.9), h)).toEqual({ epoch: 1, ended: true, loss: 0.6494, accuracy: 0.801, test: { epoch: 1, loss: 0.3247, accuracy: 0.851 } });
	});

	it('shows the next epoch’s running averages beside the last ended epoch’s test figures', () => {
		const h = [record(1, 0.6494, 0.801)];
		expect(liveFigures(progress(2, 0.1, 0.3, 0.91), h)).toEqual({ epoch: 2, ended: false, loss: 0.3, accuracy: 0.91, test: { epoch: 1, loss: 0.3247, accuracy: 0.851 } });
	});
});
