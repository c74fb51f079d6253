// The course's forward lines: each output written at once from the outputs written before it,
// with its net input inside the activation, `H_1 = σ(w_1 x_1 + w_3 x_2) = σ(0.2 · 0.5 + 0.5 · 0.3)`.
// The net input is not a line of its own, so it is never rounded: only the output is. Softmax
// outputs read the net inputs of their whole layer.

import { activationOp } from '../../ops';
import { softmax } from '../../ops/activations/softmax';
import type { TraceContext } from '../context';
import { ids } from '../ids';
import { numProduct, sum, symProduct } from '../tex';

/** The ids a net input reads (weights, then the previous outputs, then the bias) and its value. */
export function netInput(ctx: TraceContext, l: number, j: number, k: number | null) {
	const layer = ctx.layer(l);
	const deps: string[] = [];
	const sym: string[] = [];
	const num: ((n: (id: string) => string) => string)[] = [];
	for (let i = 1; i <= ctx.size(l - 1); i++) {
		const w = ids.w(l, j, i);
		const a = ids.a(l - 1, i, k);
		deps.push(w, a);
		sym.push(symProduct(ctx.labels.w(l, j, i), ctx.labels.a(l - 1, i, k)));
		num.push((n) => numProduct(n(w), n(a)));
	}
	const b = layer.biases;
	if (b != null) {
		const id = typeof b === 'number' ? ids.b(l, null) : ids.b(l, j);
		deps.push(id);
		sym.push(ctx.labels.b(l, typeof b === 'number' ? null : j));
		num.push((n) => n(id));
	}
	const hasBias = b != null;
	const m = ctx.size(l - 1);
	/** Σ w_i a_i (+ b) from the values of `deps`, in their order. */
	const value = (args: number[], from = 0): number => {
		let s = 0;
		for (let i = 0; i < m; i++) s += args[from + 2 * i] * args[from + 2 * i + 1];
		return hasBias ? s + args[from + 2 * m] : s;
	};
	return { deps, symbols: sum(sym), numbers: (n: (id: string) => string) => sum(num.map((f) => f(n))), value };
}

export function courseForward(ctx: TraceContext): void {
	const { rec, v, L } = ctx;
	for (let l = 1; l <= L; l++) v.mark('a', l);
	for (const k of ctx.samples) {
		for (let l = 1; l <= L; l++) {
			const layer = ctx.layer(l);
			const act = layer.activation;
			const op = activationOp(act.name);
			const n = layer.size;
			const inputs = Array.from({ length: n }, (_, j) => netInput(ctx, l, j + 1, k));
			const slopes = act.name === 'prelu' || act.name === 'rrelu' ? layer.alphas : undefined;
			const soft = act.name === 'softmax';
			const perNeuron = inputs[0].deps.length;
			for (let j = 1; j <= n; j++) {
				const own = inputs[j - 1];
				const deps = soft ? inputs.flatMap((x) => x.deps) : own.deps;
				const apply = (arg: string) => (soft ? `\\operatorname{softmax}_{${j}}(${arg})` : op.tex.apply(arg, act));
				const step = rec.record({
					id: ids.a(l, j, k),
					label: ctx.labels.a(l, j, k),
					phase: 'forward',
					formula: () => `${ctx.labels.a(l, j, k)} = ${apply(soft ? ctx.labels.z(l, j, k) : own.symbols)}`,
					substituted: (num) => apply(soft ? own.numbers(num) : own.numbers(num)),
					dependsOn: deps,
					evaluate: (args) => {
						if (!soft) return op.f(own.value(args), act, slopes?.[j - 1]);
						const zs = inputs.map((x, m) => x.value(args, m * perNeuron));
						return softmax(zs)[j - 1];
					},
					sample: k
				});
				const at = v.at(l, j, k);
				v.a[l][at] = step.value;
				v.z[l][at] = own.value(own.deps.map((d) => rec.value(d)));
			}
		}
	}
}
