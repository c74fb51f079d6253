// The backward pass, one sample at a time, output layer first:
//   ∂E/∂a_j   from the loss (output) or summed over the paths back from the next layer (hidden),
//   (a hidden layer's activity penalty adds l1·sign(a_j) + 2·l2·a_j to ∂E/∂a_j),
//   δ_j = ∂E/∂z_j = ∂E/∂a_j · f′(z_j)   (softmax: its Jacobian; softmax + cross-entropy: a − y;
//         dropout: ∂E/∂a_j · m_j/(1 − p) · f′(z_j), dropout.ts),
//   ∂E/∂w_ji = δ_j · a_i,  ∂E/∂b_j = δ_j,  ∂E/∂α_j = ∂E/∂a_j · ∂a_j/∂α_j (prelu).
// With several samples δ and ∂E/∂a are sample k's own (E_k, suffix @k); `gradients.ts` writes each
// parameter's gradient as the mean over the samples. Values are computed here over the layer
// arrays; each step's TeX and dependencies are written when read (backward-steps.ts).

import { activationOp, lossOp } from '../ops';
import { combinesWithSoftmax } from '../ops/losses';
import { softmaxBackward } from '../ops/activations/softmax';
import { DELTA, HIDDEN_DA, OUTPUT_DA, SOFTMAX_CE_DELTA, SOFTMAX_DELTA } from './backward-steps';
import type { TraceContext } from './context';
import { ids } from './ids';
import { parameterGradient } from './gradients';
import { layerParams, paramValues } from './params';
import { DROPPED_DELTA, dropoutScale } from './dropout';
import { activityRegularizer, penaltySlope } from './regularization';

/** Layer by layer from the output: its deltas (every sample), then its parameters' gradients. */
/** Yields after each sample's deltas and each layer's gradients (build.ts builds in slices). */
export function* backwardPass(ctx: TraceContext): Generator<void, void, void> {
	const { v, L, net } = ctx;
	for (let l = 1; l <= L; l++) {
		v.mark('delta', l);
		if (l < L || !(ctx.layer(L).activation.name === 'softmax' && combinesWithSoftmax(net.loss))) v.mark('dA', l);
	}
	for (const k of ctx.samples) outputDeltas(ctx, k);
	yield;
	for (let l = ctx.L; l >= 1; l--) {
		for (const p of layerParams(ctx, l)) parameterGradient(ctx, p);
		yield;
		if (l > 1)
			for (const k of ctx.samples) {
				hiddenDeltas(ctx, l - 1, k);
				yield;
			}
	}
	paramValues(ctx).hasGrad = true;
}

function outputDeltas(ctx: TraceContext, k: number | null): void {
	const { L, rec, net, v } = ctx;
	const act = ctx.layer(L).activation;
	const n = ctx.size(L);
	const at = v.at(L, 1, k);
	const as = v.a[L];
	if (act.name === 'softmax' && combinesWithSoftmax(net.loss)) {
		for (let j = 1; j <= n; j++) {
			const u = as[at + j - 1] - v.y[at + j - 1];
			const d = (v.delta[L][at + j - 1] = v.round(u));
			rec.push(ctx.table.add(SOFTMAX_CE_DELTA, L, j, k, d, u));
		}
		return;
	}
	const outputs = Array.from(as.subarray(at, at + n));
	const targets = Array.from(v.y.subarray(at, at + n));
	// Every loss of docs/maths.md is a sum over outputs, so ∂E/∂a_j reads only a_j and y_j.
	const grads = lossOp(net.loss).grad(outputs, targets);
	const dAs = v.dA[L];
	for (let j = 1; j <= n; j++) {
		const d = (dAs[at + j - 1] = v.round(grads[j - 1]));
		rec.push(ctx.table.add(OUTPUT_DA, L, j, k, d, grads[j - 1]));
	}
	if (act.name === 'softmax') {
		const back = softmaxBackward(outputs, Array.from(dAs.subarray(at, at + n)));
		for (let j = 1; j <= n; j++) {
			const d = (v.delta[L][at + j - 1] = v.round(back[j - 1]));
			rec.push(ctx.table.add(SOFTMAX_DELTA, L, j, k, d, back[j - 1]));
		}
	} else {
		deltas(ctx, L, k);
	}
}

/** δ_j = ∂E/∂a_j · f′(z_j) for every neuron of layer l. */
function deltas(ctx: TraceContext, l: number, k: number | null): void {
	const { rec, v } = ctx;
	const layer = ctx.layer(l);
	const act = layer.activation;
	const op = activationOp(act.name);
	const slopes = act.name === 'prelu' || act.name === 'rrelu' ? layer.alphas : undefined;
	const at = v.at(l, 1, k);
	const drop = ctx.dropout[l];
	for (let j = 1; j <= layer.size; j++) {
		const x = at + j - 1;
		const slope = slopes?.[j - 1];
		const z = v.z[l][x];
		const u = drop
			? v.dA[l][x] * dropoutScale(drop, j, k) * op.df(z, op.f(z, act, slope), act, slope)
			: v.dA[l][x] * op.df(z, v.a[l][x], act, slope);
		const d = (v.delta[l][x] = v.round(u));
		rec.push(ctx.table.add(drop ? DROPPED_DELTA : DELTA, l, j, k, d, u));
	}
}

/** ∂E/∂a_i for a hidden neuron: the sum over the paths back from every neuron of layer l + 1. */
function hiddenDeltas(ctx: TraceContext, l: number, k: number | null): void {
	const { rec, v } = ctx;
	const next = ctx.layer(l + 1);
	const m = next.size;
	const from = v.at(l + 1, 1, k);
	const ds = v.delta[l + 1];
	const at = v.at(l, 1, k);
	const activity = activityRegularizer(ctx, l);
	for (let i = 1; i <= ctx.size(l); i++) {
		let s = 0;
		for (let j = 0; j < m; j++) s += ds[from + j] * next.weights[j][i - 1];
		if (activity) s += penaltySlope(activity, v.a[l][at + i - 1]);
		const d = (v.dA[l][at + i - 1] = v.round(s));
		rec.push(ctx.table.add(HIDDEN_DA, l, i, k, d, s));
	}
	deltas(ctx, l, k);
}
