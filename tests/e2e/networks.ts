// Seeded networks of any shape for the browser tests, and the lab link that opens one.

import { encodeState } from '../../src/lib/engine/spec/url';
import type { NetworkJson } from '../../src/lib/state/network-json';

/** A sigmoid network of the given sizes (inputs first) with Glorot weights drawn from `seed`, one sample. */
export function seededNetwork(sizes: number[], seed = 7, samples = 1): NetworkJson {
	const [inputs, ...rest] = sizes;
	const outputs = rest[rest.length - 1];
	return {
		title: sizes.join('-'),
		layers: [{ size: inputs }, ...rest.map((size) => ({ size, activation: 'sigmoid' }))],
		init: 'glorot_uniform',
		seed,
		loss: 'half_sse',
		samples: Array.from({ length: samples }, (_, k) => ({
			input: Array.from({ length: inputs }, (_, i) => ((i + k) % 10) / 10),
			target: Array.from({ length: outputs }, (_, j) => ((j + k) % 2) * 0.5 + 0.25)
		})),
		optimizer: { type: 'sgd', learningRate: 0.5 },
		rounding: { decimals: 2 }
	} as unknown as NetworkJson;
}

export async function labLink(network: NetworkJson, step = 0, lang = 'en'): Promise<string> {
	return `#state=${await encodeState({ v: 1, network, step, rounding: true, lang })}`;
}
