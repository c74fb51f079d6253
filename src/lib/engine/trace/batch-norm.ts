// Batch normalisation in the trace (docs/maths.md, "Batch normalisation"). Forward, once every
// sample's z of layer l is known: μ_j and σ²_j over the samples, then for each sample
// ẑ = (z − μ)/√(σ² + ε), z̃ = γ ẑ + β and a = f(z̃). Backward, once every sample's ∂E/∂a is known:
// ∂E/∂z̃, ∂E/∂ẑ, the batch's ∂E/∂σ² and ∂E/∂μ, then each sample's δ, its share N · ∂E/∂z of the
// batch gradient. Few networks have it and they are small, so every step is recorded with its rule
// (recorder.ts) and the layer arrays are filled from the recorded values.

import { activationOp } from '../ops';
import type { BatchNorm } from '../spec/types';
import type { TraceContext } from './context';
import { ids } from './ids';
import { chain, numProduct, sum, sumOf, texConstant } from './tex';

interface LayerNumbers {
	zhat: Float64Array;
	dztilde: Float64Array;
}

const store = new WeakMap<TraceContext, Map<number, LayerNumbers>>();

/** ẑ and ∂E/∂z̃ of layer l by sample (s · size + j − 1), as recorded: what γ's and β's gradients read. */
export function batchNormNumbers(ctx: TraceContext, l: number): LayerNumbers {
	let layers = store.get(ctx);
	if (!layers) store.set(ctx, (layers = new Map()));
	let n = layers.get(l);
	if (!n) {
		const size = ctx.size(l) * ctx.samples.length;
		layers.set(l, (n = { zhat: new Float64Array(size), dztilde: new Float64Array(size) }));
	}
	return n;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sq = (s: string) => `\\left(${s}\\right)^2`;
const over = (N: number, terms: string) => (N === 1 ? terms : `\\frac{1}{${N}}\\left(${terms}\\right)`);

/** What both passes read of batch-normalised layer l: its settings, activation and kept numbers. */
function layerOf(ctx: TraceContext, l: number) {
	const layer = ctx.layer(l);
	const bn = layer.batchNorm as BatchNorm;
	const act = layer.activation;
	return {
		layer,
		bn,
		act,
		op: activationOp(act.name),
		/** rrelu's fixed slopes (prelu is refused with batch normalisation). */
		slope: act.name === 'rrelu' ? layer.alphas : null,
		N: ctx.samples.length,
		numbers: batchNormNumbers(ctx, l),
		eps: texConstant(bn.epsilon)
	};
}

/** μ, σ², ẑ, z̃ and a of layer l, for every sample; z is already in the layer arrays. */
export function batchNormForward(ctx: TraceContext, l: number): void {
	const { rec, labels, v } = ctx;
	const { layer, bn, act, op, slope, N, numbers, eps } = layerOf(ctx, l);
	for (let j = 1; j <= layer.size; j++) {
		const zs = ctx.samples.map((k) => ids.z(l, j, k));
		const zSym = ctx.samples.map((k) => labels.z(l, j, k));
		const mu = ids.mu(l, j);
		const variance = ids.variance(l, j);
		rec.record({
			id: mu,
			label: labels.mu(l, j),
			phase: 'forward',
			formula: () => `${labels.mu(l, j)} = ${over(N, sum(zSym))}`,
			substituted: (num) => over(N, sumOf(N, (m) => numProduct(num(zs[m])))),
			dependsOn: zs,
			evaluate: mean,
			note: {
				en: 'Batch normalisation: the mean of this neuron’s net input over the batch.',
				'zh-TW': '批次正規化：這個神經元的淨輸入在整個批次上的平均值。'
			}
		});
		rec.record({
			id: variance,
			label: labels.variance(l, j),
			phase: 'forward',
			formula: () => `${labels.variance(l, j)} = ${over(N, sum(zSym.map((z) => sq(`${z} - ${labels.mu(l, j)}`))))}`,
			substituted: (num) => over(N, sumOf(N, (m) => sq(`${num(zs[m])} - ${numProduct(num(mu))}`))),
			dependsOn: [...zs, mu],
			evaluate: (args) => mean(args.slice(0, N).map((z) => (z - args[N]) ** 2)),
			note: {
				en: 'The batch’s variance of the net input: divided by N, as Keras does (not N − 1).',
				'zh-TW': '淨輸入在批次上的變異數：除以 N（與 Keras 相同，不是 N − 1）。'
			}
		});
	}
	ctx.samples.forEach((k, s) => {
		for (let j = 1; j <= layer.size; j++) {
			const z = ids.z(l, j, k);
			const mu = ids.mu(l, j);
			const variance = ids.variance(l, j);
			const zhat = ids.zhat(l, j, k);
			const ztilde = ids.ztilde(l, j, k);
			const gamma = ids.gamma(l, j);
			const beta = ids.beta(l, j);
			const zh = rec.record({
				id: zhat,
				label: labels.zhat(l, j, k),
				phase: 'forward',
				formula: () => `${labels.zhat(l, j, k)} = \\frac{${labels.z(l, j, k)} - ${labels.mu(l, j)}}{\\sqrt{${labels.variance(l, j)} + ${eps}}}`,
				substituted: (num) => `\\frac{${num(z)} - ${numProduct(num(mu))}}{\\sqrt{${num(variance)} + ${eps}}}`,
				dependsOn: [z, mu, variance],
				evaluate: ([zv, m, v2]) => (zv - m) / Math.sqrt(v2 + bn.epsilon),
				sample: k
			});
			numbers.zhat[s * layer.size + j - 1] = zh.value;
			rec.record({
				id: ztilde,
				label: labels.ztilde(l, j, k),
				phase: 'forward',
				formula: () => `${labels.ztilde(l, j, k)} = ${labels.gamma(l, j)}\\,${labels.zhat(l, j, k)} + ${labels.beta(l, j)}`,
				substituted: (num) => `${num(gamma)} \\cdot ${numProduct(num(zhat))} + ${numProduct(num(beta))}`,
				dependsOn: [gamma, zhat, beta],
				evaluate: ([g, x, b]) => g * x + b,
				sample: k
			});
			const fixed = slope?.[j - 1];
			const slopeTex = fixed === undefined ? undefined : texConstant(fixed);
			const a = rec.record({
				id: ids.a(l, j, k),
				label: labels.a(l, j, k),
				phase: 'forward',
				formula: () => `${labels.a(l, j, k)} = ${op.tex.apply(labels.ztilde(l, j, k), act, slopeTex)}`,
				substituted: (num) => op.tex.apply(num(ztilde), act, slopeTex),
				dependsOn: [ztilde],
				evaluate: ([x]) => op.f(x, act, fixed),
				sample: k
			});
			v.a[l][v.at(l, j, k)] = a.value;
		}
	});
}

/** ∂E/∂z̃, ∂E/∂ẑ, ∂E/∂σ², ∂E/∂μ and δ of layer l; every sample's ∂E/∂a is already in the layer arrays. */
export function batchNormBackward(ctx: TraceContext, l: number): void {
	const { rec, labels, v } = ctx;
	const { layer, bn, act, op, slope, N, numbers, eps } = layerOf(ctx, l);
	const root = (num: (id: string) => string, j: number) => `\\sqrt{${num(ids.variance(l, j))} + ${eps}}`;
	const rootSym = (j: number) => `\\sqrt{${labels.variance(l, j)} + ${eps}}`;
	const dzhat = (j: number, k: number | null) => ids.d(ids.zhat(l, j, k));
	ctx.samples.forEach((k, s) => {
		for (let j = 1; j <= layer.size; j++) {
			const dA = ids.d(ids.a(l, j, k));
			const ztilde = ids.ztilde(l, j, k);
			const a = ids.a(l, j, k);
			const aSym = labels.a(l, j, k);
			const zSym = labels.ztilde(l, j, k);
			const fixed = slope?.[j - 1];
			const slopeTex = fixed === undefined ? undefined : texConstant(fixed);
			const zValue = rec.value(ztilde);
			const g = rec.record({
				id: ids.d(ztilde),
				label: labels.partial(zSym, k),
				phase: 'backward',
				formula: () => `${labels.partial(zSym, k)} = ${chain(labels.partial(aSym, k), labels.local(aSym, zSym))} = ${chain(labels.partial(aSym, k), op.tex.derivative(zSym, aSym, act, zValue, slopeTex))}`,
				substituted: (num) => chain(numProduct(num(dA)), op.tex.derivative(num(ztilde), num(a), act, zValue, slopeTex)),
				dependsOn: [dA, ztilde, a],
				evaluate: ([d, x, y]) => d * op.df(x, y, act, fixed),
				factors: [
					{ tex: labels.partial(aSym, k), ref: dA },
					{ tex: labels.local(aSym, zSym), ref: a }
				],
				sample: k
			});
			numbers.dztilde[s * layer.size + j - 1] = g.value;
			const gamma = ids.gamma(l, j);
			rec.record({
				id: dzhat(j, k),
				label: labels.partial(labels.zhat(l, j, k), k),
				phase: 'backward',
				formula: () => `${labels.partial(labels.zhat(l, j, k), k)} = ${chain(labels.partial(zSym, k), labels.gamma(l, j))}`,
				substituted: (num) => chain(numProduct(num(ids.d(ztilde))), numProduct(num(gamma))),
				dependsOn: [ids.d(ztilde), gamma],
				evaluate: ([d, gm]) => d * gm,
				sample: k
			});
		}
	});
	for (let j = 1; j <= layer.size; j++) {
		const mu = ids.mu(l, j);
		const variance = ids.variance(l, j);
		const zs = ctx.samples.map((k) => ids.z(l, j, k));
		const ds = ctx.samples.map((k) => dzhat(j, k));
		const dSym = ctx.samples.map((k) => labels.partial(labels.zhat(l, j, k), k));
		const zSym = ctx.samples.map((k) => labels.z(l, j, k));
		const muSym = labels.mu(l, j);
		const dVar = ids.d(variance);
		const dMu = ids.d(mu);
		const cube = (r: string) => `\\left(-\\tfrac{1}{2}\\right)\\left(${r}\\right)^{-3/2}`;
		rec.record({
			id: dVar,
			label: labels.partial(labels.variance(l, j)),
			phase: 'backward',
			formula: () =>
				`${labels.partial(labels.variance(l, j))} = ${over(N, sum(dSym.map((d, m) => `${d}\\left(${zSym[m]} - ${muSym}\\right)`)))} \\cdot ${cube(`${labels.variance(l, j)} + ${eps}`)}`,
			substituted: (num) =>
				`${over(N, sumOf(N, (m) => `${numProduct(num(ds[m]))}\\left(${num(zs[m])} - ${numProduct(num(mu))}\\right)`))} \\cdot ${cube(`${num(variance)} + ${eps}`)}`,
			dependsOn: [...ds, ...zs, mu, variance],
			evaluate: (args) => {
				let t = 0;
				for (let m = 0; m < N; m++) t += args[m] * (args[N + m] - args[2 * N]);
				return (t / N) * -0.5 * (args[2 * N + 1] + bn.epsilon) ** -1.5;
			},
			note: {
				en: 'σ² reads every sample’s net input, so every sample’s ∂E/∂ẑ reaches it.',
				'zh-TW': 'σ² 讀取每個樣本的淨輸入，所以每個樣本的 ∂E/∂ẑ 都會傳到它。'
			}
		});
		rec.record({
			id: dMu,
			label: labels.partial(muSym),
			phase: 'backward',
			formula: () =>
				`${labels.partial(muSym)} = ${over(N, sum(dSym))} \\cdot \\frac{-1}{${rootSym(j)}} + ${labels.partial(labels.variance(l, j))} \\cdot \\frac{-2}{${N}}\\left(${sum(zSym.map((z) => `${z} - ${muSym}`))}\\right)`,
			substituted: (num) =>
				`${over(N, sumOf(N, (m) => numProduct(num(ds[m]))))} \\cdot \\frac{-1}{${root(num, j)}} + ${numProduct(num(dVar))} \\cdot \\frac{-2}{${N}}\\left(${sumOf(N, (m) => `${num(zs[m])} - ${numProduct(num(mu))}`)}\\right)`,
			dependsOn: [...ds, ...zs, mu, variance, dVar],
			evaluate: (args) => {
				let d = 0;
				let c = 0;
				for (let m = 0; m < N; m++) {
					d += args[m];
					c += args[N + m] - args[2 * N];
				}
				return (d / N) * (-1 / Math.sqrt(args[2 * N + 1] + bn.epsilon)) + args[2 * N + 2] * (-2 / N) * c;
			},
			note: {
				en: 'μ reads every sample’s net input, directly and through σ².',
				'zh-TW': 'μ 讀取每個樣本的淨輸入，直接地以及透過 σ²。'
			}
		});
	}
	ctx.samples.forEach((k) => {
		for (let j = 1; j <= layer.size; j++) {
			const z = ids.z(l, j, k);
			const mu = ids.mu(l, j);
			const variance = ids.variance(l, j);
			const d = rec.record({
				id: ids.delta(l, j, k),
				label: labels.delta(l, j, k),
				phase: 'backward',
				formula: () =>
					`${labels.delta(l, j, k)} = \\frac{${labels.partial(labels.zhat(l, j, k), k)}}{${rootSym(j)}} + 2\\left(${labels.z(l, j, k)} - ${labels.mu(l, j)}\\right)${labels.partial(labels.variance(l, j))} + ${labels.partial(labels.mu(l, j))}`,
				substituted: (num) =>
					`\\frac{${num(dzhat(j, k))}}{${root(num, j)}} + 2\\left(${num(z)} - ${numProduct(num(mu))}\\right) \\cdot ${numProduct(num(ids.d(variance)))} + ${numProduct(num(ids.d(mu)))}`,
				dependsOn: [dzhat(j, k), z, mu, variance, ids.d(variance), ids.d(mu)],
				evaluate: ([dz, zv, m, v2, dv, dm]) => dz / Math.sqrt(v2 + bn.epsilon) + 2 * (zv - m) * dv + dm,
				sample: k,
				note: {
					en: `With batch normalisation the samples are coupled: this δ is the sample’s share of the batch’s gradient, ${N} · ∂E/∂z.`,
					'zh-TW': `使用批次正規化時樣本彼此相關：這個 δ 是此樣本在批次梯度中的份額，即 ${N} · ∂E/∂z。`
				}
			});
			v.delta[l][v.at(l, j, k)] = d.value;
		}
	});
}

/** The moving mean and variance after the step: m' = momentum · m + (1 − momentum) · μ (and v from σ²). */
export function movingStatistics(ctx: TraceContext): void {
	const { rec, labels } = ctx;
	for (let l = 1; l <= ctx.L; l++) {
		const bn = ctx.layer(l).batchNorm;
		if (!bn) continue;
		const keep = texConstant(bn.momentum);
		const take = texConstant(1 - bn.momentum);
		for (let j = 1; j <= ctx.size(l); j++) {
			for (const [id, stat, label, statLabel] of [
				[ids.movingMean(l, j), ids.mu(l, j), labels.movingMean(l, j), labels.mu(l, j)],
				[ids.movingVariance(l, j), ids.variance(l, j), labels.movingVariance(l, j), labels.variance(l, j)]
			]) {
				rec.record({
					id: ids.updated(id),
					label: labels.updated(label),
					phase: 'update',
					formula: () => `${labels.updated(label)} = ${keep} \\cdot ${label} + ${take} \\cdot ${statLabel}`,
					substituted: (num) => `${keep} \\cdot ${numProduct(num(id))} + ${take} \\cdot ${numProduct(num(stat))}`,
					dependsOn: [id, stat],
					evaluate: ([m, x]) => m * bn.momentum + x * (1 - bn.momentum),
					note: {
						en: 'Not trained: the moving statistics follow the batch’s, and stand in for them at test time.',
						'zh-TW': '不經訓練：移動統計量跟隨批次的統計量更新，在測試時取代批次統計量。'
					}
				});
			}
		}
	}
}
