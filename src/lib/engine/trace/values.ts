// The numbers of every sample at every layer, computed once in flat arrays: z, a, ∂E/∂a and δ of
// neuron j (1-based) of layer l for sample index s (0-based) live at [l][s · size(l) + j − 1].
// Under a rounding policy these are the rounded values, the ones later steps read.

import { roundTo } from '../format/round';
import type { Network } from '../spec/types';

type Field = 'z' | 'a' | 'dA' | 'delta';
const ID = /^(z|a|delta|dE\/da)\[(\d+)\]\[(\d+)\](?:@(\d+))?$/;

export class LayerValues {
	readonly z: Float64Array[] = [];
	readonly a: Float64Array[] = [];
	readonly dA: Float64Array[] = [];
	readonly delta: Float64Array[] = [];
	/** The targets y of sample s at [s · size(L) + j − 1]. */
	readonly y: Float64Array;
	readonly sizes: number[];
	/** Which arrays hold steps of the trace (`dA2`, `delta3`): read by id only where they do. */
	readonly #filled = new Set<string>();

	constructor(readonly net: Network) {
		const S = net.samples.length;
		this.sizes = [net.input.size, ...net.layers.map((layer) => layer.size)];
		for (const n of this.sizes) {
			this.z.push(new Float64Array(S * n));
			this.a.push(new Float64Array(S * n));
			this.dA.push(new Float64Array(S * n));
			this.delta.push(new Float64Array(S * n));
		}
		const out = this.sizes[this.sizes.length - 1];
		this.y = new Float64Array(S * out);
		net.samples.forEach((sample, s) => {
			this.a[0].set(sample.input, s * this.sizes[0]);
			this.y.set(sample.target, s * out);
		});
	}

	/** Where neuron j of layer l of sample k (null: the only sample) is kept. */
	at(l: number, j: number, k: number | null): number {
		return (k == null ? 0 : k - 1) * this.sizes[l] + j - 1;
	}

	mark(field: Field, l: number): void {
		this.#filled.add(`${field}${l}`);
	}

	/** The value of a step by its id (`z[2][3]@4`, `dE/da[1][2]`), or undefined if not kept here. */
	lookup(id: string): number | undefined {
		const m = ID.exec(id);
		if (!m) return undefined;
		const field = (m[1] === 'dE/da' ? 'dA' : m[1]) as Field;
		const l = Number(m[2]);
		const j = Number(m[3]);
		const k = m[4] === undefined ? null : Number(m[4]);
		const S = this.net.samples.length;
		if (!this.#filled.has(`${field}${l}`) || j < 1 || j > this.sizes[l] || (S > 1) !== (k !== null)) return undefined;
		if (k !== null && k > S) return undefined;
		return this[field][l][this.at(l, j, k)];
	}

	/** The value a person writes down and carries on with. */
	round(x: number): number {
		return this.net.rounding === null ? x : roundTo(x, this.net.rounding);
	}
}
