// The race page's state: the surface, each runner's learning rate and visibility, the race itself
// (replaced whole at every step, so held raw), play/pause and the runner whose rule is shown.

import { defaultRate, RUNNER_IDS, startRace, startRunner, stepRace, stepRunner, type Race, type RunnerId } from '$lib/engine/concepts/race';
import { SURFACES, type SurfaceId } from '$lib/engine/concepts/surfaces';

/** The race stops here: the paths have long settled, and the table stays small. */
export const MAX_STEPS = 1000;

export class RaceState {
	surfaceId = $state<SurfaceId>('ravine');
	rates = $state<Record<RunnerId, number>>(ratesFor('ravine'));
	hidden = $state<RunnerId[]>([]);
	race = $state.raw<Race>(startRace(SURFACES.ravine, ratesFor('ravine')));
	playing = $state(false);
	/** Steps per second while playing. */
	speed = $state(10);
	selected = $state<RunnerId>('adam');

	readonly surface = $derived(SURFACES[this.surfaceId]);
	readonly t = $derived(this.race.t);
	readonly done = $derived(this.race.t >= MAX_STEPS || this.race.runners.every((r) => r.status !== 'running'));
	readonly visible = $derived(this.race.runners.filter((r) => !this.hidden.includes(r.id)));
	readonly selectedRunner = $derived(this.race.runners.find((r) => r.id === this.selected) ?? this.race.runners[0]);

	setSurface(id: SurfaceId): void {
		this.surfaceId = id;
		this.rates = ratesFor(id);
		this.reset();
	}

	reset(): void {
		this.playing = false;
		this.race = startRace(this.surface, this.rates);
	}

	step(): void {
		if (this.done) {
			this.playing = false;
			return;
		}
		this.race = stepRace(this.race, this.surface);
	}

	/** A new learning rate for one runner: that runner is re-run from the start to the race's step. */
	setRate(id: RunnerId, rate: number): void {
		this.rates = { ...this.rates, [id]: rate };
		let runner = startRunner(id, rate, this.surface);
		for (let k = 0; k < this.race.t; k++) runner = stepRunner(runner, this.surface);
		this.race = { ...this.race, runners: this.race.runners.map((r) => (r.id === id ? runner : r)) };
	}

	toggle(id: RunnerId): void {
		this.hidden = this.hidden.includes(id) ? this.hidden.filter((h) => h !== id) : [...this.hidden, id];
	}
}

function ratesFor(surface: SurfaceId): Record<RunnerId, number> {
	return Object.fromEntries(RUNNER_IDS.map((id) => [id, defaultRate(surface, id)])) as Record<RunnerId, number>;
}
