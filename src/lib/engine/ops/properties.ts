// One table of properties per activation, the data behind the course's comparison table
// (differentiable?, cost, range, vanishing gradient, zero-centred, dead neurons), written as
// functions of the activation's parameters (α changes ELU's range and leaky ReLU's dead neurons).
//
// Each property is stated here and checked in tests against the op itself: the range against f
// sampled over a wide interval, "differentiable" against one-sided difference quotients at 0,
// "vanishing gradient" against f′ far out on both sides, "dead neurons" against f′ on x < 0.
//
// Criteria, as the course uses them:
// - differentiable: 'everywhere'; 'except-at-0' (a kink at 0: the one-sided slopes differ);
//   'zero-gradient' (a jump at 0 and f′ = 0 elsewhere: nothing for backpropagation to follow).
// - vanishing gradient: f′ → 0 on both sides (the function saturates), so deep stacks multiply small
//   factors.
// - zero-centred: f(0) = 0 and f takes negative values as well as positive ones.
// - dead neurons: f′ = 0 on the whole half-line x < 0, so a neuron pushed there stops learning.

import { ACTIVATIONS, type Activation, type ActivationName } from '../spec/types';
import { activationOp, compileCustom, rreluRange, softmax, softmaxBackward } from './index';
import { ELU_ALPHA } from './activations/elu';
import { LEAKY_RELU_ALPHA } from './activations/leaky_relu';
import { PRELU_ALPHA } from './activations/prelu';

/** An interval of values (lo, hi), each end open or closed; or a finite set of values. */
export interface Range {
	lo: number;
	hi: number;
	loClosed: boolean;
	hiClosed: boolean;
	/** For step and sign: the only values f takes. */
	values?: number[];
}

export type Differentiability = 'everywhere' | 'except-at-0' | 'zero-gradient';

export interface ActivationProperties {
	differentiable: Differentiability;
	/** 'exp': f or f′ computes an exponential (slow); 'cheap': comparisons and products only. */
	cost: 'exp' | 'cheap';
	range: Range;
	vanishingGradient: boolean;
	zeroCentred: boolean;
	deadNeurons: boolean;
}

/** Activations with a row in the comparison table: every one of docs/maths.md except `custom`. */
export type TabledActivation = Exclude<ActivationName, 'custom'>;

const open = (lo: number, hi: number): Range => ({ lo, hi, loClosed: false, hiClosed: false });
const closedOpen = (lo: number, hi: number): Range => ({ lo, hi, loClosed: true, hiClosed: false });
const ALL = open(-Infinity, Infinity);

/** min over x of swish(x) = x σ(x), at x* ≈ −1.2785 where σ(x*)(1 + x*(1 − σ(x*))) = 0. */
export const SWISH_MIN = -0.2784645427610738;

/** The slope α an activation uses on x < 0 (rrelu: its test-time value, the mean of [lower, upper]). */
export function negativeSlope(act: Activation): number | null {
	switch (act.name) {
		case 'leaky_relu':
			return act.alpha ?? LEAKY_RELU_ALPHA;
		case 'prelu':
			return act.alpha ?? PRELU_ALPHA;
		case 'elu':
			return act.alpha ?? ELU_ALPHA;
		case 'rrelu': {
			const [l, u] = rreluRange(act);
			return (l + u) / 2;
		}
		default:
			return null;
	}
}

/** A ReLU-like function with slope α on x < 0: all reals when α > 0, else only [0, ∞). */
function slopeProperties(alpha: number): ActivationProperties {
	return {
		differentiable: alpha === 1 ? 'everywhere' : 'except-at-0',
		cost: 'cheap',
		range: alpha > 0 ? ALL : closedOpen(0, Infinity),
		vanishingGradient: false,
		zeroCentred: alpha > 0,
		deadNeurons: alpha === 0
	};
}

export function activationProperties(act: Activation & { name: TabledActivation }): ActivationProperties {
	switch (act.name) {
		case 'linear':
			return { differentiable: 'everywhere', cost: 'cheap', range: ALL, vanishingGradient: false, zeroCentred: true, deadNeurons: false };
		case 'sigmoid':
		case 'softmax':
			return { differentiable: 'everywhere', cost: 'exp', range: open(0, 1), vanishingGradient: true, zeroCentred: false, deadNeurons: false };
		case 'tanh':
			return { differentiable: 'everywhere', cost: 'exp', range: open(-1, 1), vanishingGradient: true, zeroCentred: true, deadNeurons: false };
		case 'relu':
			return slopeProperties(0);
		case 'leaky_relu':
		case 'prelu':
			return slopeProperties(negativeSlope(act) ?? 0);
		case 'rrelu': {
			// While training each neuron draws its own α from [lower, upper]: dead only if lower = upper = 0.
			const [l, u] = rreluRange(act);
			return slopeProperties(l === u ? l : Math.max(l, u) > 0 ? (l + u) / 2 : 0);
		}
		case 'elu': {
			const alpha = negativeSlope(act) ?? ELU_ALPHA;
			// α(eˣ − 1) for x ≤ 0 falls to −α; f′(0⁻) = α meets f′(0⁺) = 1 only when α = 1.
			return {
				differentiable: alpha === 1 ? 'everywhere' : 'except-at-0',
				cost: 'exp',
				range: alpha > 0 ? open(-alpha, Infinity) : closedOpen(0, Infinity),
				vanishingGradient: false,
				zeroCentred: alpha > 0,
				deadNeurons: alpha === 0
			};
		}
		case 'softplus':
			return { differentiable: 'everywhere', cost: 'exp', range: open(0, Infinity), vanishingGradient: false, zeroCentred: false, deadNeurons: false };
		case 'swish':
			return { differentiable: 'everywhere', cost: 'exp', range: closedOpen(SWISH_MIN, Infinity), vanishingGradient: false, zeroCentred: true, deadNeurons: false };
		case 'step':
			return { differentiable: 'zero-gradient', cost: 'cheap', range: { lo: 0, hi: 1, loClosed: true, hiClosed: true, values: [0, 1] }, vanishingGradient: true, zeroCentred: false, deadNeurons: true };
		case 'sign':
			return { differentiable: 'zero-gradient', cost: 'cheap', range: { lo: -1, hi: 1, loClosed: true, hiClosed: true, values: [-1, 0, 1] }, vanishingGradient: true, zeroCentred: true, deadNeurons: true };
	}
}

/** f and f′ of one real variable, from the engine's ops. softmax is shown as its first output for z = (x, 0). */
export interface ScalarActivation {
	f(x: number): number;
	df(x: number): number;
}

export function scalarActivation(act: Activation): ScalarActivation {
	if (act.name === 'softmax') {
		// a₁ = softmax(x, 0)₁ and ∂a₁/∂z₁ = a₁(1 − a₁), the softmax Jacobian's diagonal (backward with dE/da = (1, 0)).
		return { f: (x) => softmax([x, 0])[0], df: (x) => softmaxBackward(softmax([x, 0]), [1, 0])[0] };
	}
	if (act.name === 'custom') {
		const c = compileCustom(act.expression ?? '');
		return { f: (x) => c.f(x), df: (x) => c.df(x) };
	}
	const op = activationOp(act.name);
	const alpha = negativeSlope(act) ?? undefined;
	return { f: (x) => op.f(x, act, alpha), df: (x) => op.df(x, op.f(x, act, alpha), act, alpha) };
}

/** n + 1 evenly spaced points x₀ … xₙ of [from, to]. */
export function grid(from: number, to: number, n: number): number[] {
	return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
}

/** The smallest and largest value of f over the points xs (non-finite values skipped). */
export function sampledRange(f: (x: number) => number, xs: readonly number[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const x of xs) {
		const v = f(x);
		if (!Number.isFinite(v)) continue;
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	return [lo, hi];
}

/** Whether v lies in the range. */
export function inRange(v: number, r: Range): boolean {
	if (r.values) return r.values.includes(v);
	const aboveLo = r.loClosed ? v >= r.lo : v > r.lo;
	const belowHi = r.hiClosed ? v <= r.hi : v < r.hi;
	return aboveLo && belowHi;
}

function texNumber(v: number): string {
	if (v === Infinity) return '\\infty';
	if (v === -Infinity) return '-\\infty';
	return String(Number(v.toFixed(4)));
}

/** The range in TeX: `(0, 1)`, `[0, \infty)`, `\{0, 1\}`. */
export function rangeTex(r: Range): string {
	if (r.values) return `\\{${r.values.map(texNumber).join(', ')}\\}`;
	return `${r.loClosed ? '[' : '('}${texNumber(r.lo)}, ${texNumber(r.hi)}${r.hiClosed ? ']' : ')'}`;
}

/** The rows of the comparison table, in docs/maths.md's order. */
export const TABLED_ACTIVATIONS: readonly TabledActivation[] = ACTIVATIONS.filter(
	(a): a is TabledActivation => a !== 'custom'
);
