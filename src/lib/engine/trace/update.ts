// One optimizer step for every trainable parameter, from the optimizer's fresh state (t = 1).
// Gradients are clipped first as Keras 3 does: clipnorm per tensor, g·c / max(‖g‖, c); else
// clipvalue elementwise into [−c, c].

import { formatNumber } from '../format/number';
import { numericSymbols, optimizerOp, type KerasOptimizerOp, type OptimizerStep } from '../ops';
import type { Optimizer } from '../spec/types';
import type { TraceContext } from './context';
import { ids } from './ids';
import { layerParams, paramValue, paramValues, type Param } from './params';
import { texConstant } from './tex';
import { movingStatistics } from './batch-norm';
import type { Kind } from './lazy';

/** Yields every SLICE parameters (build.ts builds in slices). */
export function* updatePhase(ctx: TraceContext): Generator<void, void, void> {
	const { rec, net } = ctx;
	const opt = net.optimizer;
	const op = optimizerOp(opt.type);
	const pv = paramValues(ctx);
	const tensors = new Map<string, Param[]>();
	for (const p of pv.all) { const list = tensors.get(p.tensor); if (list) list.push(p); else tensors.set(p.tensor, [p]); }
	// ‖g‖ of each tensor, summed in the tensor's order as the step's own rule sums it.
	const norms = new Map<string, number>();
	if (opt.clipnorm != null) {
		for (const [name, list] of tensors) {
			const gs = list.map((q) => pv.grad[q.index]);
			norms.set(name, Math.sqrt(gs.reduce((s, x) => s + x * x, 0)));
		}
	}
	const grad = (p: Param) => clipped(opt, pv.grad[p.index], norms.get(p.tensor) ?? 0);
	// A rule that reads its whole tensor (Adafactor) gets the tensor's values and clipped gradients.
	const contexts = new Map<string, { theta: number[]; g: number[] }>();
	if (op.tensorwise) for (const [name, list] of tensors) contexts.set(name, { theta: list.map((q) => paramValue(ctx, q)), g: list.map(grad) });
	const position = new Map<string, number>();
	for (const p of pv.all) {
		const g = grad(p);
		const k = position.get(p.tensor) ?? 0;
		position.set(p.tensor, k + 1);
		const whole = contexts.get(p.tensor);
		const tensor = whole ? { ...whole, index: k, ...shapeOf(ctx, p) } : undefined;
		const theta = finiteUpdate(op.update(paramValue(ctx, p), g, op.init(opt), 1, opt, tensor));
		const value = (pv.updated[p.index] = ctx.v.round(theta));
		rec.push(ctx.table.add(UPDATE, p.l, 0, null, value, theta, p));
		if (p.index % SLICE === SLICE - 1) yield;
	}
	pv.hasUpdated = true;
	movingStatistics(ctx);
}

const SLICE = 2048;

/**
 * θ', or NaN where an intermediate overflows: v_t = g² for a huge g would print ∞ in the working even
 * where θ' comes out finite (g/√∞ = 0), so the trace stops at this step instead (./finite.ts).
 */
function finiteUpdate(step: OptimizerStep): number {
	return Object.values(step.terms).every(Number.isFinite) ? step.theta : NaN;
}

const tensorCache = new WeakMap<TraceContext, Map<string, Param[]>>();

/** The parameters of p's tensor, found once per trace (a filter per step made the update phase quadratic). */
function tensorOf(ctx: TraceContext, p: Param): Param[] {
	let byName = tensorCache.get(ctx);
	if (!byName) tensorCache.set(ctx, (byName = new Map()));
	let list = byName.get(p.tensor);
	if (!list) byName.set(p.tensor, (list = layerParams(ctx, p.l).filter((q) => q.tensor === p.tensor)));
	return list;
}

/** A weight matrix's rows (neurons) and columns (inputs); a vector has neither. */
function shapeOf(ctx: TraceContext, p: Param): { rows: number | null; cols: number | null } {
	if (p.kind !== 'w') return { rows: null, cols: null };
	const w = ctx.layer(p.l).weights;
	return { rows: w.length, cols: w[0].length };
}

/** The gradient as the optimizer receives it: clipped by its tensor's norm or elementwise. */
function clipped(opt: Optimizer, g: number, norm: number): number {
	if (opt.clipnorm != null) return (g * opt.clipnorm) / Math.max(norm, opt.clipnorm);
	if (opt.clipvalue != null) return Math.min(opt.clipvalue, Math.max(-opt.clipvalue, g));
	return g;
}

const UPDATE: Kind = {
	phase: 'update',
	param: true,
	id: (_l, _j, _k, p) => ids.updated((p as Param).id),
	label: (ctx, _l, _j, _k, p) => ctx.labels.updated((p as Param).label),
	describe(ctx, _l, _j, _k, param) {
		const p = param as Param;
		const { labels, net } = ctx;
		const opt = net.optimizer;
		const op = optimizerOp(opt.type);
		const tensor = tensorOf(ctx, p);
		const g = ids.d(p.id);
		const whole = op.tensorwise === true;
		const byNorm = opt.clipnorm != null;
		const peers = byNorm || whole ? tensor.map((q) => ids.d(q.id)) : [g];
		const thetas = whole ? tensor.map((q) => q.id) : [p.id];
		const deps = [...thetas, ...peers];
		const self = peers.indexOf(g);
		const clipOne = (gs: number[], k: number): number => {
			if (opt.clipnorm != null) {
				const norm = Math.sqrt(gs.reduce((s, x) => s + x * x, 0));
				return (gs[k] * opt.clipnorm) / Math.max(norm, opt.clipnorm);
			}
			if (opt.clipvalue != null) return Math.min(opt.clipvalue, Math.max(-opt.clipvalue, gs[k]));
			return gs[k];
		};
		// Clipped gradient of this parameter from its tensor's gradients.
		const clip = (gs: number[]): number => clipOne(gs, self);
		const shape = shapeOf(ctx, p);
		const run = (args: number[]) => {
			const th = args.slice(0, thetas.length);
			const gs = args.slice(thetas.length);
			const context = whole ? { theta: th, g: gs.map((_, k) => clipOne(gs, k)), index: self, ...shape } : undefined;
			return op.update(th[whole ? self : 0], clip(gs), op.init(opt), 1, opt, context);
		};
		const isClipped = opt.clipnorm != null || opt.clipvalue != null;
		let tex: { formula: string; substituted: string } | null = null;
		const write = () => (tex ??= updateTex(ctx, p, tensor, op, clip, run, deps, peers, isClipped, shape.rows !== null));
		return {
			formula: () => write().formula,
			substituted: () => write().substituted,
			dependsOn: deps,
			evaluate: (args) => finiteUpdate(run(args)),
			factors: [
				{ tex: p.label, ref: p.id },
				{ tex: labels.partial(p.label), ref: g }
			]
		};
	}
};

/** The update's lines in symbols and with numbers: `m_t = … = value` for each intermediate. */
function updateTex(
	ctx: TraceContext,
	p: Param,
	tensor: Param[],
	op: KerasOptimizerOp,
	clip: (gs: number[]) => number,
	run: (args: number[]) => OptimizerStep,
	deps: string[],
	peers: string[],
	clipped: boolean,
	matrix: boolean
): { formula: string; substituted: string } {
	const { labels, rec, net } = ctx;
	const opt = net.optimizer;
	const current = run(deps.map((d) => rec.value(d)));
	// SGD reads best with ∂E/∂θ written in place; the others square and divide g, so name it.
	const plain = opt.type === 'sgd' && !clipped;
	const gSym = clipped ? `\\tilde{g}_{${p.label}}` : plain ? labels.partial(p.label) : `g_{${p.label}}`;
	const symbols: Record<string, string> = {
		...op.symbols(opt),
		theta: p.label,
		g: gSym,
		theta_new: labels.updated(p.label)
	};
	const before = op.init(opt);
	const numbers = numericSymbols(op, opt, 1, rec.value(p.id), 0, before, current, (x) => formatNumber(x, null));
	for (const [key, v] of Object.entries(op.params(opt, 1))) numbers[key] = key.startsWith('t') ? String(v) : texConstant(v);
	numbers.theta = rec.formatId(p.id);
	numbers.g = formatNumber(clip(peers.map((d) => rec.value(d))), clipped ? null : net.rounding);
	numbers.theta_new = rec.format(current.theta);
	const gLine = clipped
		? clipFormula(gSym, labels.partial(p.label), opt, tensor.length)
		: plain
			? null
			: `${gSym} = ${labels.partial(p.label)}`;
	const symbolLines = op.tex(symbols, opt, 1, matrix);
	const numberLines = op.tex(numbers, opt, 1, matrix);
	const formulaLines = gLine ? [gLine, ...symbolLines] : symbolLines;
	// Intermediate lines read `m_t = <numbers> = <value>`; the last gives only its numbers (the step's value follows).
	const rhs = (line: string) => line.slice(line.indexOf(' = ') + 3);
	const lhs = (line: string) => line.slice(0, line.indexOf(' = '));
	const substitutedLines = numberLines.map((line, m) =>
		m === numberLines.length - 1 ? rhs(line) : `${lhs(symbolLines[m])} = ${rhs(line)} = ${lhs(line)}`
	);
	if (gLine) substitutedLines.unshift(`${gSym} = ${numbers.g}`);
	return { formula: formulaLines.join(',\\quad '), substituted: substitutedLines.join(',\\quad ') };
}

function clipFormula(gTilde: string, g: string, opt: Optimizer, size: number): string {
	if (opt.clipnorm != null) {
		const norm = size > 1 ? `\\lVert g \\rVert` : `|${g}|`;
		return `${gTilde} = ${g} \\cdot \\frac{${texConstant(opt.clipnorm)}}{\\max(${norm}, ${texConstant(opt.clipnorm)})}`;
	}
	const c = texConstant(opt.clipvalue as number);
	return `${gTilde} = \\mathrm{clip}(${g}, -${c}, ${c})`;
}
