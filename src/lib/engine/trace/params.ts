// The trainable parameters of the network in the order a person updates them: layer by layer,
// weights row by row, then biases, then batch normalisation's γ and β, then prelu slopes. Frozen
// ones are left out.

import type { TraceContext } from './context';
import { biasIds, ids } from './ids';
import type { BatchNorm } from '../spec/types';

export interface Param {
	id: string;
	label: string;
	kind: 'w' | 'b' | 'gamma' | 'beta' | 'alpha';
	l: number;
	/** Neuron of layer l (null for a shared bias). */
	j: number | null;
	/** Neuron of layer l − 1, for weights. */
	i: number | null;
	/** The tensor it belongs to, for per-tensor clipping: `w[2]`, `b[2]`, `alpha[2]`. */
	tensor: string;
	/** Position in `allParams` (where its gradient and update are kept in `ParamValues`). */
	index: number;
}

/** A parameter whose TeX label is written when first read (the largest network has 45,760). */
class TraceParam implements Param {
	#label: string | null = null;

	constructor(
		private readonly ctx: TraceContext,
		readonly id: string,
		readonly kind: Param['kind'],
		readonly l: number,
		readonly j: number | null,
		readonly i: number | null,
		readonly tensor: string,
		readonly index: number
	) {}

	get label(): string {
		const { labels } = this.ctx;
		return (this.#label ??=
			this.kind === 'w'
				? labels.w(this.l, this.j as number, this.i as number)
				: this.kind === 'b'
					? labels.b(this.l, this.j)
					: this.kind === 'gamma'
						? labels.gamma(this.l, this.j as number)
						: this.kind === 'beta'
							? labels.beta(this.l, this.j as number)
							: labels.alpha(this.l, this.j as number));
	}
}

/** Every parameter by layer, and the numbers the trace computes for each. */
export interface ParamValues {
	layers: Param[][];
	all: Param[];
	/** ∂E/∂θ (mean over samples, penalty added; rounded by the network's policy). */
	grad: Float64Array;
	/** θ' (rounded). */
	updated: Float64Array;
	/** Set once the backward pass or the optimizer step has filled the array. */
	hasGrad: boolean;
	hasUpdated: boolean;
	/** Each layer's parameters by id, built when first looked up (a 12 × 64 network has 46,000). */
	byId: Map<string, Param>[];
}

const cache = new WeakMap<TraceContext, ParamValues>();

export function paramValues(ctx: TraceContext): ParamValues {
	let pv = cache.get(ctx);
	if (!pv) {
		const layers: Param[][] = [[]];
		const all: Param[] = [];
		for (let l = 1; l <= ctx.L; l++) layers.push(listParams(ctx, l, all));
		pv = { layers, all, grad: new Float64Array(all.length), updated: new Float64Array(all.length), hasGrad: false, hasUpdated: false, byId: [] };
		cache.set(ctx, pv);
	}
	return pv;
}

/** Layer l's parameters (the same array on every call for one trace). */
export function layerParams(ctx: TraceContext, l: number): Param[] {
	return paramValues(ctx).layers[l];
}

export function allParams(ctx: TraceContext): Param[] {
	return paramValues(ctx).all;
}

/** A parameter id's layer: the first index, as in `w[2][1][3]` or `b[2]`. */
const LAYER_OF = /^[A-Za-z]+\[(\d+)\]/;

/** The value of a parameter's gradient `dE/dθ` or update `θ'` by id, once computed. */
export function paramLookup(ctx: TraceContext, id: string): number | undefined {
	const pv = paramValues(ctx);
	const grad = id.startsWith('dE/d');
	const updated = id.endsWith("'");
	if (!(grad && pv.hasGrad) && !(updated && pv.hasUpdated)) return undefined;
	const param = grad ? id.slice(4) : id.slice(0, -1);
	const l = Number(LAYER_OF.exec(param)?.[1]);
	if (!pv.layers[l]) return undefined;
	pv.byId[l] ??= new Map(pv.layers[l].map((p) => [p.id, p]));
	const p = pv.byId[l].get(param);
	if (!p) return undefined;
	return grad ? pv.grad[p.index] : pv.updated[p.index];
}

/** θ as the file gives it (the leaf's value). */
export function paramValue(ctx: TraceContext, p: Param): number {
	const layer = ctx.layer(p.l);
	if (p.kind === 'w') return layer.weights[(p.j as number) - 1][(p.i as number) - 1];
	if (p.kind === 'alpha') return (layer.alphas as number[])[(p.j as number) - 1];
	if (p.kind === 'gamma' || p.kind === 'beta') return (layer.batchNorm as BatchNorm)[p.kind][(p.j as number) - 1];
	return typeof layer.biases === 'number' ? layer.biases : (layer.biases as number[])[(p.j as number) - 1];
}

/** Appends layer l's parameters to `all` and returns them. */
function listParams(ctx: TraceContext, l: number, all: Param[]): Param[] {
	const layer = ctx.layer(l);
	const out: Param[] = [];
	const add = (id: string, kind: Param['kind'], j: number | null, i: number | null, tensor: string) => {
		const p = new TraceParam(ctx, id, kind, l, j, i, tensor, all.length);
		out.push(p);
		all.push(p);
	};
	if (layer.trainableWeights) {
		const tensor = `w[${l}]`;
		layer.weights.forEach((row, j) => row.forEach((_, i) => add(ids.w(l, j + 1, i + 1), 'w', j + 1, i + 1, tensor)));
	}
	if (layer.trainableBiases) {
		for (const b of biasIds(layer, l)) add(b.id, 'b', b.j, null, `b[${l}]`);
	}
	if (layer.batchNorm) {
		for (const kind of ['gamma', 'beta'] as const) for (let j = 1; j <= layer.size; j++) add(ids[kind](l, j), kind, j, null, `${kind}[${l}]`);
	}
	if (layer.activation.name === 'prelu' && layer.trainableWeights) {
		for (let j = 1; j <= layer.size; j++) add(ids.alpha(l, j), 'alpha', j, null, `alpha[${l}]`);
	}
	return out;
}
