// A /train run that outlasts the page, in Node behind the in-memory worker: saved in the browser and
// restored on reload (step, epoch, weights, curves), going on from there; a damaged save ending in a
// reason and the defaults; a share link with the weights; a weight edited before and during a run.

import { describe, expect, it } from 'vitest';
import { TrainState } from '../../src/lib/state/train.svelte.ts';
import { TrainKeeper } from '../../src/lib/state/train-keep.svelte.ts';
import { SAVED_KEY } from '../../src/lib/state/train-saved';
import { TrainingClient } from '../../src/lib/worker/client';
import { paramsFromNetwork } from '../../src/lib/fast/model';
import { configToQuery, defaultConfig } from '../../src/lib/view/train/config';
import { inMemoryWorker } from '../worker/in-memory';

class MemoryStore {
	items = new Map<string, string>();
	getItem(k: string) {
		return this.items.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.items.set(k, v);
	}
	removeItem(k: string) {
		this.items.delete(k);
	}
}

function page(store: MemoryStore) {
	const worker = inMemoryWorker();
	const client = new TrainingClient(worker.port);
	const s = new TrainState(() => client);
	return { s, keeper: new TrainKeeper(s, store), worker };
}

const weights = (s: TrainState) => paramsFromNetwork(s.network!).W.map((w) => Array.from(w));

describe('TrainKeeper', () => {
	it('saves the run and opens it again after a reload: settings, step, epoch, weights and curves; the run goes on from there', async () => {
		const store = new MemoryStore();
		const a = page(store);
		await a.keeper.open('#data=circle&seed=4');
		await a.s.advance(3 * a.s.stepsPerEpoch);
		a.keeper.save();
		const b = page(store);
		await b.keeper.open('');
		expect(b.keeper.note).toEqual({ kind: 'restored', step: a.s.step, epoch: 3 });
		expect([b.s.config.data, b.s.config.seed, b.s.step, b.s.epoch]).toEqual(['circle', 4, a.s.step, 3]);
		expect(weights(b.s)).toEqual(weights(a.s));
		expect(b.s.history.map((r) => r.epoch)).toEqual([1, 2, 3]);
		// The same address restores too; another one starts its own settings from step 0.
		const c = page(store);
		await c.keeper.open(`#${configToQuery(a.s.config)}`);
		expect(c.s.step).toBe(a.s.step);
		const d = page(store);
		await d.keeper.open('#data=xor');
		expect([d.keeper.note, d.s.step, d.s.config.data]).toEqual([null, 0, 'xor']);
		// Going on: the step count carries on, the next epoch is 4, and the weights move from the restored ones.
		await b.s.advance(b.s.stepsPerEpoch);
		expect([b.s.step, b.s.epoch, b.s.history.at(-1)?.epoch]).toEqual([a.s.step + b.s.stepsPerEpoch, 4, 4]);
		expect(weights(b.s)).not.toEqual(weights(a.s));
		// Reset goes back to the seed's step 0.
		await b.s.reset();
		expect([b.s.step, b.s.epoch]).toEqual([0, 0]);
		for (const p of [a, b, c, d]) p.s.dispose();
	});

	it('ends a damaged save in a reason and the defaults, and forgets it', async () => {
		const cases: [string, object][] = [
			['{', { code: 'notJson' }],
			['{"v":1}', { code: 'stepEpoch' }],
			['{"v":2,"step":1}', { code: 'version' }],
			['{"v":1,"step":1,"epoch":1,"W":[[1,null]],"b":[[0]]}', { code: 'notFinite', where: 'W[0]' }],
			[JSON.stringify({ v: 1, step: 1, epoch: 1, W: [[1]], b: [[0]], settings: '', history: [] }), { code: 'networkLayers', saved: 1 }]
		];
		for (const [text, why] of cases) {
			const store = new MemoryStore();
			store.setItem(SAVED_KEY, text);
			const p = page(store);
			await p.keeper.open('');
			expect(p.keeper.note, text).toMatchObject({ kind: 'corrupt', why });
			expect(p.s.config).toEqual(defaultConfig());
			expect(p.s.settingsError).toBeNull();
			expect(store.getItem(SAVED_KEY)).toBeNull();
			p.s.dispose();
		}
	});

	it('shares the weights in the link, or the settings alone past the length limit', async () => {
		const a = page(new MemoryStore());
		await a.keeper.open('#data=spiral');
		await a.s.advance(25);
		const link = await a.keeper.shareLink('https://x.test/train/', true);
		expect(link.tooLong).toBeNull();
		expect(link.url).toMatch(/^https:\/\/x\.test\/train\/#data=spiral&.*&weights=[\w-]+$/);
		const b = page(new MemoryStore());
		await b.keeper.open(new URL(link.url).hash);
		expect(b.keeper.note).toEqual({ kind: 'link', step: 25, epoch: a.s.epoch });
		const [wa, wb] = [weights(a.s).flat(), weights(b.s).flat()];
		wb.forEach((w, k) => expect(w).toBeCloseTo(wa[k], 5));
		// No curves travel in a link: the weights are scored on the data, one point at their epoch.
		expect(b.s.history).toHaveLength(1);
		expect(b.s.history[0]).toMatchObject({ epoch: a.s.epoch, seconds: 0 });
		expect(b.s.history[0].valAccuracy).toBeGreaterThan(0.3);
		expect(b.s.history[0].loss).toBeGreaterThan(0);
		const short = await a.keeper.shareLink('https://x.test/train/', true, 200);
		expect(short.url).not.toContain('weights=');
		expect(short.tooLong).toBeGreaterThan(200);
		const broken = page(new MemoryStore());
		await broken.keeper.open('#data=spiral&weights=AAAA');
		expect(broken.keeper.note).toEqual({ kind: 'linkError', why: { code: 'unreadable' } });
		expect(broken.s.config.data).toBe('spiral');
		for (const p of [a, b, broken]) p.s.dispose();
	});
});

describe('TrainState.setWeight', () => {
	it('changes step 0’s network before a run, and the running run’s weight during one', async () => {
		const { s, worker } = page(new MemoryStore());
		await s.configure();
		await s.setWeight(1, 0, 1, 2.5);
		expect(s.initial?.layers[1].weights[0][1]).toBe(2.5);
		expect(s.network?.layers[1].weights[0][1]).toBe(2.5);
		await s.advance(1);
		await s.setWeight(0, 3, 0, -1.25);
		expect(worker.sent.at(-2)).toMatchObject({ type: 'setParam', layer: 0, kind: 'W', index: 3 * 2, value: -1.25 });
		expect(s.network?.layers[0].weights[3][0]).toBe(-1.25);
		await s.advance(1);
		expect(Math.abs(s.network!.layers[0].weights[3][0] + 1.25)).toBeLessThan(0.2);
		s.dispose();
	});
});
