// The course's backward lines: ∂Error/∂O of each output (the course's δO_1), then one line per
// parameter with the whole chain down to it (δw_5 = ∂Error/∂O_1 · ∂O_1/∂O_1in · ∂O_1in/∂w_5), the
// sum over the paths written inside the line for a hidden layer. Each line reads only values
// written before it and is rounded once; with several samples it is the mean of their shares.

import { activationOp } from '../../ops';
import type { TraceContext } from '../context';
import { ids } from '../ids';
import { layerParams, paramValues, type Param } from '../params';
import { gradientTerm } from '../regularization';
import { chain, numProduct, sum } from '../tex';
import { deltas, outputCombined, outputDelta, outputGradient, sumOverPaths, type Read } from './chain';
import type { CourseLabels } from './labels';
import { delta, outputGradientTex, paths, MAX_PATHS, type Written } from './write';

export function courseBackward(ctx: TraceContext): void {
	const { L, rec } = ctx;
	const labels = ctx.labels as CourseLabels;
	if (!outputCombined(ctx)) {
		ctx.v.mark('dA', L);
		for (const k of ctx.samples) {
			for (let j = 1; j <= ctx.size(L); j++) {
				const tex = outputGradientTex(ctx, j, k);
				const deps = Array.from({ length: ctx.size(L) }, (_, m) => ids.a(L, m + 1, k));
				const step = rec.record({
					id: ids.d(ids.a(L, j, k)),
					label: labels.course(labels.a(L, j, k)),
					phase: 'backward',
					formula: () => `${labels.course(labels.a(L, j, k))} = ${labels.partial(labels.a(L, j, k), k)} = ${tex.symbols}`,
					substituted: (num) => tex.numbers(num),
					dependsOn: deps,
					evaluate: (args) => outputGradient(ctx, j, k, (id) => args[deps.indexOf(id)]),
					sample: k
				});
				ctx.v.dA[L][ctx.v.at(L, j, k)] = step.value;
			}
		}
	}
	for (let l = L; l >= 1; l--) for (const p of layerParams(ctx, l)) parameterLine(ctx, p);
	paramValues(ctx).hasGrad = true;
}

/** The gradient of p from written values read through `get` (mean over samples, penalty added). */
function gradientOf(ctx: TraceContext, p: Param, get: Read): number {
	let total = 0;
	for (const k of ctx.samples) total += gradientOfSample(ctx, p, k, get);
	const reg = gradientTerm(ctx, p);
	return total / ctx.samples.length + (reg ? reg.value(get(p.id)) : 0);
}

/** prelu's slope: ∂Error/∂a_j · ∂a_j/∂α_j, with ∂Error/∂a_j summed over the paths above. */
function alphaShare(ctx: TraceContext, p: Param, k: number | null, get: Read): number {
	const l = p.l;
	const j = p.j as number;
	const act = ctx.layer(l).activation;
	const op = activationOp(act.name);
	const dA = l === ctx.L ? get(ids.d(ids.a(l, j, k))) : sumOverPaths(ctx, l, k, deltas(ctx, l + 1, k, get), get)[j - 1];
	const z = ctx.v.z[l][ctx.v.at(l, j, k)];
	return dA * (op.dAlpha ? op.dAlpha(z, get(ids.a(l, j, k)), act, get(p.id)) : 0);
}

/** One sample's share of p's line, in symbols and numbers. */
function share(ctx: TraceContext, p: Param, k: number | null): Written {
	const labels = ctx.labels as CourseLabels;
	const l = p.l;
	const js = p.j == null ? Array.from({ length: ctx.size(l) }, (_, m) => m + 1) : [p.j];
	if (p.kind === 'alpha' || paths(ctx, l) > MAX_PATHS) {
		// Too many paths to write out (or prelu's slope): the chain by its value.
		const value = ctx.rec.format(gradientOfSample(ctx, p, k, (id) => ctx.rec.value(id)));
		return { symbols: labels.partial(p.label, k), numbers: () => numProduct(value) };
	}
	const chains = js.map((j) => delta(ctx, l, j, k));
	if (p.kind === 'b') {
		return {
			symbols: sum(chains.map((c) => c.symbols)),
			numbers: (num) => sum(chains.map((c) => c.numbers(num)))
		};
	}
	const a = ids.a(l - 1, p.i as number, k);
	const zLabel = labels.z(l, p.j as number, k);
	return {
		symbols: chain(chains[0].symbols, labels.local(zLabel, p.label)),
		numbers: (num) => chain(chains[0].numbers(num), numProduct(num(a)))
	};
}

function gradientOfSample(ctx: TraceContext, p: Param, k: number | null, get: Read): number {
	// An output neuron's own line reads only its own output and ∂Error/∂O (softmax reads them all).
	const alone = p.l === ctx.L && p.j != null && p.kind !== 'alpha' && ctx.layer(p.l).activation.name !== 'softmax';
	if (alone) {
		const d = outputDelta(ctx, p.j as number, k, get);
		return p.kind === 'w' ? d * get(ids.a(p.l - 1, p.i as number, k)) : d;
	}
	const d = deltas(ctx, p.l, k, get);
	if (p.kind === 'w') return d[(p.j as number) - 1] * get(ids.a(p.l - 1, p.i as number, k));
	if (p.kind === 'b') return p.j == null ? d.reduce((s, x) => s + x, 0) : d[p.j - 1];
	return alphaShare(ctx, p, k, get);
}

function parameterLine(ctx: TraceContext, p: Param): void {
	const { rec } = ctx;
	const labels = ctx.labels as CourseLabels;
	// The ids the line reads, in the order it reads them: found by computing it once.
	const deps: string[] = [];
	const seen = new Set<string>();
	gradientOf(ctx, p, (id) => {
		if (!seen.has(id)) (seen.add(id), deps.push(id));
		return rec.value(id);
	});
	const at = new Map(deps.map((d, i) => [d, i]));
	const shares = ctx.samples.map((k) => share(ctx, p, k));
	const N = shares.length;
	const reg = gradientTerm(ctx, p);
	const mean = (terms: string[]) => (N === 1 ? terms[0] : `\\frac{1}{${N}}\\left(${sum(terms)}\\right)`);
	const plus = (s: string, r: string | undefined) => (r ? `${s} + ${r}` : s);
	const step = rec.record({
		id: ids.d(p.id),
		label: labels.course(p.label),
		phase: 'backward',
		formula: () => `${labels.course(p.label)} = ${labels.partial(p.label)} = ${plus(mean(shares.map((s) => s.symbols)), reg?.symbols)}`,
		substituted: (num) => plus(mean(shares.map((s) => s.numbers(num))), reg?.numbers(num)),
		dependsOn: deps,
		evaluate: (args) => gradientOf(ctx, p, (id) => args[at.get(id) as number])
	});
	paramValues(ctx).grad[p.index] = step.value;
}
