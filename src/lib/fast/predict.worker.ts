// Classifying the test digits off the page's main thread: the worker keeps the inputs it was sent
// once ('data') and answers each 'classify' (a snapshot's parameters and the activations) with the
// predicted class of every row. Load with new Worker(new URL('./predict.worker.ts', import.meta.url), { type: 'module' }).

import type { Activation } from '../engine/spec/types';
import type { LayerTensors } from './tensors';
import { classifyRows, createClassifier } from './predict';

export type PredictRequest =
	| { type: 'data'; inputs: Float32Array; inputSize: number; count: number }
	| { type: 'classify'; id: number; activations: Activation[]; params: LayerTensors };

export type PredictReply = { type: 'predictions'; id: number; predictions: Uint8Array } | { type: 'error'; id: number; message: string };

interface WorkerScope {
	postMessage(message: PredictReply, transfer: Transferable[]): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<PredictRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let data: { inputs: Float32Array; inputSize: number; count: number } | null = null;

scope.addEventListener('message', ({ data: m }) => {
	if (m.type === 'data') {
		data = { inputs: m.inputs, inputSize: m.inputSize, count: m.count };
		return;
	}
	try {
		if (!data) throw new Error('no inputs to classify');
		const c = createClassifier(data.inputSize, m.activations, m.params);
		const predictions = new Uint8Array(data.count);
		classifyRows(c, data.inputs, 0, data.count, predictions);
		scope.postMessage({ type: 'predictions', id: m.id, predictions }, [predictions.buffer]);
	} catch (err) {
		scope.postMessage({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) }, []);
	}
});
