// The digits page's training worker: the training worker (../worker/handler.ts, kernels chosen by
// ../worker/worker-kernels.ts) with start requests whose network comes as a file, drawn here
// (compact-start.ts). Load it with new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module' }).

import { createTrainingHandler } from '../worker/handler';
import { workerKernels } from '../worker/worker-kernels';
import { expandStart } from './compact-start';

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

scope.addEventListener('message', (event) => {
	let message: unknown;
	try {
		message = expandStart(event.data);
	} catch (err) {
		const id = (event.data as { id?: unknown }).id;
		scope.postMessage({ type: 'error', id: typeof id === 'number' ? id : 0, where: 'start', message: err instanceof Error ? err.message : String(err) }, []);
		return;
	}
	handler.handle(message);
});
