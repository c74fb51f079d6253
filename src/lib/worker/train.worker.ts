// The training worker of /train and /digits (which also classifies its test digits in a second
// one): the handler wired to the worker's message port. Load it with
//   new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' })
// (see client.ts). setTimeout(0) between slices lets queued requests (pause, stop, snapshot) in.
// Where the page is cross-origin isolated and the network large, the kernels run on two threads
// (worker-kernels.ts): this worker and a helper worker (gemm-helper.worker.ts) sharing one memory
// (WebAssembly's for float32, a SharedArrayBuffer for the typed-array kernels of float64).

import { prepareCustomActivations } from '../engine/ops/activations/custom-compiler';
import { createTrainingHandler } from './handler';
import { workerKernels } from './worker-kernels';

interface WorkerScope {
	postMessage(message: unknown, transfer: Transferable[]): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

const handler = createTrainingHandler({
	post: (reply, transfer) => scope.postMessage(reply, transfer),
	schedule: (task) => setTimeout(task, 0),
	kernels: workerKernels
});

// A start whose network has a custom activation first loads the expression compiler (mathjs, kept
// out of this bundle); the messages after it wait their turn, in order. Should loading fail, the
// start goes on and the handler reports the compiler missing.
let queue: Promise<void> = Promise.resolve();
scope.addEventListener('message', (event) => {
	const data: unknown = event.data;
	const source = (data as { type?: unknown; source?: unknown } | null)?.type === 'start' ? (data as { source: unknown }).source : null;
	queue = queue
		.then(() => prepareCustomActivations(source))
		.catch(() => undefined)
		.then(() => handler.handle(data));
});
