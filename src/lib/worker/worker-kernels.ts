// The kernels a training worker runs: two threads (this worker and a helper worker sharing one
// memory) where the page is cross-origin isolated, there are three cores or more and the network is
// large enough for its products to be split; one thread otherwise (the small networks of /train would
// only keep an idle helper thread).
// Two cores are not enough in a browser: while /digits trains, the page, the compositor and the
// browser process use a quarter of a core or more, and a helper they stop in the middle of its part
// stops every product. On a two-core machine, two threads forced on trained an epoch of the digits
// in 0.36–0.40 s against 0.30 s on one (Chromium); left to the balancer, 0.97–1.05× one, where
// `backstep train` gains 1.5× on the digits.

import { spawnBrowserHelper } from '../fast/kernels/browser-helper';
import { bestKernels, MIN_PARAMETERS_FOR_THREADS, type Kernels } from '../fast/kernels/index';

/** Logical cores a page needs for a helper thread: one for each thread, and one for the browser. */
const MIN_CORES = 3;

export function workerKernels(precision: 'f32' | 'f64', parameters: number): Kernels {
	const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
	const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
	const threads = isolated && cores >= MIN_CORES && parameters >= MIN_PARAMETERS_FOR_THREADS;
	return bestKernels(precision, { threads: threads ? spawnBrowserHelper : null });
}
