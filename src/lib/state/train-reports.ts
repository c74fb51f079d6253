// The worker may report hundreds of epochs a second: its reports are collected here and handed on
// at most every `every` ms, so that the page renders a few times a second, not once per message.

import type { EpochRecord } from '$lib/fast/train';

export interface GradPoint {
	step: number;
	norms: number[];
}

/** The reports since the last delivery (the latest step and epoch, null when none came). */
export interface Reports {
	history: EpochRecord[];
	grads: GradPoint[];
	step: number | null;
	epoch: number | null;
}

const none = (): Reports => ({ history: [], grads: [], step: null, epoch: null });

export class ReportBuffer {
	private pending = none();
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly deliver: (reports: Reports) => void,
		private readonly every = 100
	) {}

	progress(step: number, norms: number[]): void {
		this.pending.grads.push({ step, norms });
		this.pending.step = step;
		this.schedule();
	}

	epoch(record: EpochRecord): void {
		this.pending.history.push(record);
		this.pending.epoch = record.epoch;
		this.schedule();
	}

	/** Delivers what has been collected now (possibly nothing). */
	flush(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		const reports = this.pending;
		this.pending = none();
		this.deliver(reports);
	}

	private schedule(): void {
		this.timer ??= setTimeout(() => this.flush(), this.every);
	}
}
