// A training run's NaN stop in plain words: which message explains what happened at that quantity.

import type { Quantity } from '$lib/fast/numerics';
import type { TrainKey } from '$lib/i18n/pages/train';

export interface NanExplanation {
	key: Extract<TrainKey, 'nan.forward' | 'nan.loss' | 'nan.gradient' | 'nan.weights'>;
	params: { step: number; layer: number | string; what: string };
}

/** Forward values (z, a) overflowed, the loss failed, gradients exploded, or the weights diverged. */
export function explainNan(n: { step: number; layer: number | null; quantity: Quantity; message: string }): NanExplanation {
	const what = /became (NaN|-?Infinity)/.exec(n.message)?.[1] ?? 'NaN';
	const shown = what === 'NaN' ? 'NaN' : what.startsWith('-') ? '−∞' : '∞';
	const key: NanExplanation['key'] =
		n.quantity === 'z' || n.quantity === 'a' ? 'nan.forward' : n.quantity === 'E' ? 'nan.loss' : n.quantity.startsWith('dE/') ? 'nan.gradient' : 'nan.weights';
	return { key, params: { step: n.step, layer: n.layer ?? '–', what: shown } };
}
