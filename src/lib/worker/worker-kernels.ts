// The kernels a training worker runs: two threads (this worker and a helper worker sharing one
// memory) where the page is cross-origin isolated, there are three cores or more and the network is
// large enough for its products to be split; one thread otherwise (the small networks of /train would
// only keep an idle helper thread).
// Two cores are not enough in a browser: while /digits trains, the page, the compositor and the
// browser process use 0.4 of a core, most of it at each epoch's end (two threads then ran at half
// their speed for 0.1–0.15 s), and a helper they stop in the middle of its part stops every
// product. On a two-core machine (Chromium, `npm run bench:browser`), two threads forced on trained
// the digits at 1.25× one thread idle but 0.68× beside a busy process; left to the balancer, which
// leaves two threads in each burst, at 1.01–1.03× idle and 0.95–0.98× loaded; with the balancer
// judging a winning stretch over 0.2 s, at 1.12× idle and 0.90× loaded. `backstep train` gains
// 1.5× there.

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
