// TeX display labels of every quantity: the file's names where it gives them (`H_1`, `w_5`),
// otherwise the textbook's notation (`a^{[1]}_{2}`, `w^{[2]}_{1,2}`). A sample k of several is
// written as a superscript `(k)` and its loss as E_k.

import type { Network } from '../spec/types';

export class Labels {
	private readonly multi: boolean;

	constructor(private readonly net: Network) {
		this.multi = net.samples.length > 1;
	}

	/** Whether the network has several samples (per-sample labels then carry their number). */
	get multiSample(): boolean {
		return this.multi;
	}

	private sample(label: string, k: number | null | undefined): string {
		return this.multi && k != null ? `{${label}}^{(${k})}` : label;
	}

	/** The neuron's own name, without a sample: `H_1`, `x_2`, `a^{[1]}_{2}`. */
	neuron(l: number, j: number): string {
		if (l === 0) return this.net.input.names?.[j - 1] ?? `x_{${j}}`;
		return this.net.layers[l - 1].names?.[j - 1] ?? `a^{[${l}]}_{${j}}`;
	}

	a(l: number, j: number, k?: number | null): string {
		return this.sample(this.neuron(l, j), k);
	}

	z(l: number, j: number, k?: number | null): string {
		const named = this.net.layers[l - 1].names?.[j - 1];
		return this.sample(named ? `z_{${named}}` : `z^{[${l}]}_{${j}}`, k);
	}

	delta(l: number, j: number, k?: number | null): string {
		const named = this.net.layers[l - 1].names?.[j - 1];
		return this.sample(named ? `\\delta_{${named}}` : `\\delta^{[${l}]}_{${j}}`, k);
	}

	y(j: number, k?: number | null): string {
		return this.sample(`y_{${j}}`, k);
	}

	w(l: number, j: number, i: number): string {
		return this.net.layers[l - 1].weightNames?.[j - 1]?.[i - 1] ?? `w^{[${l}]}_{${j},${i}}`;
	}

	/** `j` null for a shared bias. */
	b(l: number, j: number | null): string {
		const names = this.net.layers[l - 1].biasNames;
		if (j == null) return typeof names === 'string' ? names : `b^{[${l}]}`;
		if (Array.isArray(names)) return names[j - 1];
		return `b^{[${l}]}_{${j}}`;
	}

	alpha(l: number, j: number): string {
		return `\\alpha_{${this.neuron(l, j)}}`;
	}

	/** Batch normalisation's quantities of neuron (l, j): written with its name (μ_{H_1}) or the layer's (μ^{[1]}_{2}). */
	private bn(symbol: string, l: number, j: number): string {
		const named = this.net.layers[l - 1].names?.[j - 1];
		return named ? `${symbol}_{${named}}` : `${symbol}^{[${l}]}_{${j}}`;
	}

	mu(l: number, j: number): string {
		return this.bn('\\mu', l, j);
	}

	variance(l: number, j: number): string {
		return this.bn('\\sigma^2', l, j).replace('\\sigma^2^', '{\\sigma^2}^');
	}

	zhat(l: number, j: number, k?: number | null): string {
		return this.sample(this.bn('\\hat{z}', l, j), k);
	}

	ztilde(l: number, j: number, k?: number | null): string {
		return this.sample(this.bn('\\tilde{z}', l, j), k);
	}

	gamma(l: number, j: number): string {
		return this.bn('\\gamma', l, j);
	}

	beta(l: number, j: number): string {
		return this.bn('\\beta', l, j);
	}

	movingMean(l: number, j: number): string {
		return this.bn('m', l, j);
	}

	movingVariance(l: number, j: number): string {
		return this.bn('v', l, j);
	}

	/** The loss of sample k (E_k; k may be the letter `k` of a sum), or the mean loss E. */
	E(k?: number | string | null): string {
		return this.multi && k != null ? `E_{${k}}` : 'E';
	}

	/** ∂E/∂x written as a fraction; `k` selects sample k's own loss E_k. */
	partial(of: string, k?: number | string | null): string {
		return `\\frac{\\partial ${this.E(k)}}{\\partial ${of}}`;
	}

	/** ∂num/∂den for a local derivative (no loss involved). */
	local(num: string, den: string): string {
		return `\\frac{\\partial ${num}}{\\partial ${den}}`;
	}

	/** θ' for an updated parameter label. */
	updated(label: string): string {
		return /^[A-Za-z\\]+(_\{?[^{}]*\}?)?$/.test(label) ? `${label}'` : `{${label}}'`;
	}
}
