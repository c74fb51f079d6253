// The kernels a training worker runs: two threads (this worker and a helper worker sharing one
// memory) where the page is cross-origin isolated, there are two cores and the network is large
// enough for its products to be split; one thread otherwise (the small networks of /train would
// only keep an idle helper thread).

import { spawnBrowserHelper } from '../fast/kernels/browser-helper';
import { bestKernels, MIN_PARAMETERS_FOR_THREADS, type Kernels } from '../fast/kernels/index';

export function workerKernels(precision: 'f32' | 'f64', parameters: number): Kernels {
	const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
	const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
	const threads = isolated && cores >= 2 && parameters >= MIN_PARAMETERS_FOR_THREADS;
	return bestKernels(precision, { threads: threads ? spawnBrowserHelper : null });
}
