// The training worker behind a Worker-like port, for driving the client (and the pages' state) in
// Node: messages are structured-cloned and delivered asynchronously, as between threads.

import type { WorkerPort } from '../../src/lib/worker/client';
import { createTrainingHandler } from '../../src/lib/worker/handler';
import type { Request } from '../../src/lib/worker/protocol';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';

export interface InMemoryWorker {
	port: WorkerPort;
	isTerminated(): boolean;
	/** Every request the port was sent, in order. */
	sent: Request[];
}

export function inMemoryWorker(): InMemoryWorker {
	const listeners: ((event: { data: unknown }) => void)[] = [];
	const sent: Request[] = [];
	let terminated = false;
	const handler = createTrainingHandler({
		post: (reply) => {
			const data = structuredClone(reply);
			setTimeout(() => !terminated && listeners.forEach((l) => l({ data })), 0);
		},
		schedule: (task) => setTimeout(() => !terminated && task(), 0),
		kernels: (precision) => typedArrayKernels(precision)
	});
	const port: WorkerPort = {
		postMessage: (message) => {
			sent.push(message);
			const data = structuredClone(message);
			setTimeout(() => !terminated && handler.handle(data), 0);
		},
		addEventListener: (type: 'message' | 'error', listener: (event: never) => void) => {
			if (type === 'message') listeners.push(listener as (event: { data: unknown }) => void);
		},
		terminate: () => {
			terminated = true;
		}
	};
	return { port, isTerminated: () => terminated, sent };
}
