// The race page's state: stepping, a new learning rate re-running one runner to the race's step,
// a new surface restarting with its rates, and the step limit.

import { describe, expect, it } from 'vitest';
import { MAX_STEPS, RaceState } from '../../src/lib/state/race.svelte.ts';
import { defaultRate, startRunner, stepRunner } from '../../src/lib/engine/concepts/race';
import { SURFACES } from '../../src/lib/engine/concepts/surfaces';

describe('RaceState', () => {
	it('starts on the ravine at step 0 with the default rates', () => {
		const s = new RaceState();
		expect(s.t).toBe(0);
		expect(s.surface.id).toBe('ravine');
		expect(s.rates.adam).toBe(defaultRate('ravine', 'adam'));
	});

	it('setRate re-runs only that runner from the start to the current step', () => {
		const s = new RaceState();
		for (let k = 0; k < 5; k++) s.step();
		const before = s.race.runners.find((r) => r.id === 'adam');
		s.setRate('sgd', 0.2);
		let expected = startRunner('sgd', 0.2, SURFACES.ravine);
		for (let k = 0; k < 5; k++) expected = stepRunner(expected, SURFACES.ravine);
		expect(s.race.runners.find((r) => r.id === 'sgd')?.position).toEqual(expected.position);
		expect(s.race.runners.find((r) => r.id === 'sgd')?.t).toBe(5);
		expect(s.race.runners.find((r) => r.id === 'adam')).toBe(before);
		expect(s.rates.sgd).toBe(0.2);
	});

	it('setSurface resets the race with that surface’s rates', () => {
		const s = new RaceState();
		s.step();
		s.setRate('adam', 0.7);
		s.setSurface('rosenbrock');
		expect(s.t).toBe(0);
		expect(s.race.surface).toBe('rosenbrock');
		expect(s.rates.adam).toBe(defaultRate('rosenbrock', 'adam'));
		expect(s.race.runners.every((r) => r.position[0] === SURFACES.rosenbrock.start[0])).toBe(true);
	});

	it('hides and shows a runner without touching the race', () => {
		const s = new RaceState();
		s.toggle('nadam');
		expect(s.visible.map((r) => r.id)).not.toContain('nadam');
		s.toggle('nadam');
		expect(s.visible.map((r) => r.id)).toContain('nadam');
	});

	it(`stops at ${MAX_STEPS} steps, and on the saddle once every runner has escaped`, () => {
		const s = new RaceState();
		s.setSurface('saddle');
		for (let k = 0; k < MAX_STEPS + 5 && !s.done; k++) s.step();
		expect(s.done).toBe(true);
		const t = s.t;
		s.step();
		expect(s.t).toBe(t);
		expect(t).toBeLessThanOrEqual(MAX_STEPS);
	});
});
