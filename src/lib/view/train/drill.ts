// The drill-in: the network at the paused step (its current weights) with the one training sample
// picked, as a lab link `/#state=…` — the lab then traces that exact forward and backward pass.

import { networkToJson } from '$lib/engine/spec/encode';
import type { Network } from '$lib/engine/spec/types';
import type { Lang } from '$lib/i18n';
import { labHashOf } from '$lib/state/share';
import type { NetworkJson } from '$lib/state/network-json';
import type { Dataset } from '$lib/fast/datasets/types';

/** Row `row` of a data set: its inputs (features) and its target vector. */
export function sampleOf(data: Dataset, row: number): { input: number[]; target: number[] } {
	if (row < 0 || row >= data.count) throw new RangeError(`row ${row} of ${data.count}`);
	const { inputSize: n, targetSize: m } = data;
	return {
		input: Array.from(data.inputs.subarray(row * n, row * n + n)),
		target: Array.from(data.targets.subarray(row * m, row * m + m))
	};
}

/** The network file for the lab: these weights, this one sample, no rounding (every digit kept). */
export function drillNetwork(net: Network, sample: { input: number[]; target: number[] }, title: string): NetworkJson {
	const json = networkToJson({ ...net, title, samples: [{ input: sample.input, target: sample.target, classIndex: null }], rounding: null });
	return json as unknown as NetworkJson;
}

/** The lab's hash for that network, opened at its first step. */
export async function drillHash(net: NetworkJson, lang: Lang): Promise<string> {
	return labHashOf({ network: net, step: 0, rounding: false, lang });
}
