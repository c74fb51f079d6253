// The transfer-learning experiment of /digits (fast/transfer.ts) run on the page's main thread in
// slices of a few milliseconds, so the page stays responsive; typed-array kernels (a WebAssembly
// module may not be compiled synchronously on a page's main thread).

import type { Digits } from '$lib/fast/datasets/digits';
import { disposeKernels } from '$lib/fast/kernels/index';
import { typedArrayKernels } from '$lib/fast/kernels/typedarray';
import { TRANSFER_DEFAULTS, TransferRun, type TransferPhase, type TransferResult } from '$lib/fast/transfer';

export const PER_CLASS_CHOICES = [3, 10, 30] as const;
const SLICE_MS = 12;

export class TransferState {
	perClass = $state<number>(TRANSFER_DEFAULTS.perClass);
	phase = $state<TransferPhase | 'idle'>('idle');
	progress = $state(0);
	result = $state.raw<TransferResult | null>(null);
	error = $state('');
	private run: TransferRun | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;

	get running(): boolean {
		return this.phase !== 'idle' && this.phase !== 'done';
	}

	start(digits: Digits): void {
		this.stop();
		this.error = '';
		this.result = null;
		try {
			this.run = new TransferRun(() => typedArrayKernels('f32'), disposeKernels, digits, { ...TRANSFER_DEFAULTS, perClass: this.perClass });
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			return;
		}
		this.phase = 'prepare';
		this.tick();
	}

	stop(): void {
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.run = null;
		if (this.running) this.phase = 'idle';
	}

	private tick(): void {
		const run = this.run;
		if (!run) return;
		try {
			const done = run.advance(performance.now() + SLICE_MS);
			this.phase = run.phase;
			this.progress = run.progress;
			// a copy: the curves grow in place while the run goes on
			this.result = { ...run.result, curves: { frozen: [...run.result.curves.frozen], finetuned: [...run.result.curves.finetuned], scratch: [...run.result.curves.scratch] } };
			if (done) {
				this.run = null;
				return;
			}
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.stop();
			return;
		}
		this.timer = setTimeout(() => this.tick(), 0);
	}
}
