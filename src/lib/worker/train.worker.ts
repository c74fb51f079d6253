// The training worker: the handler wired to the worker's message port. Load it with
//   new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' })
// (see client.ts). setTimeout(0) between slices lets queued requests (pause, stop, snapshot) in.
// Where the page is cross-origin isolated, the kernels run on two threads: this worker and a
// helper worker (gemm-helper.worker.ts) sharing one memory (WebAssembly's for float32, a
// SharedArrayBuffer for the typed-array kernels of float64).

import { bestKernels } from '../fast/kernels/index';
import { spawnBrowserHelper } from '../fast/kernels/browser-helper';
import { createTrainingHandler } from './handler';

interface WorkerScope {
	postMessage(message: unknown, transfer: Transferable[]): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

const handler = createTrainingHandler({
	post: (reply, transfer) => scope.postMessage(reply, transfer),
	schedule: (task) => setTimeout(task, 0),
	// Two threads where the page is cross-origin isolated (shared memory allowed) and there are two cores.
	kernels: (precision) => {
		const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
		const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 1;
		return bestKernels(precision, { threads: isolated && cores >= 2 ? spawnBrowserHelper : null });
	}
});

scope.addEventListener('message', (event) => handler.handle(event.data));
