// The optimizer race: each runner is one of the engine's optimizers walking a 2-D surface. At
// step t a runner reads the gradient (g_x, g_y) = ∇f(x, y) at its position and updates each
// coordinate as its own scalar parameter, θ' = update(θ, g, state, t), carrying each coordinate's
// state (velocity, m, v, accumulators) to the next step, exactly as a network's weight is updated.

import { formatNumber } from '../format/number';
import { numericSymbols, optimizerOp, type OptimizerState, type OptimizerStep } from '../ops';
import { optimizerDefaults } from '../spec/schema';
import type { Optimizer, OptimizerName } from '../spec/types';
import type { Surface, SurfaceId } from './surfaces';
import { texConstant } from '../trace/tex';

export type RunnerId = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'adadelta' | 'rmsprop' | 'adam' | 'adamw' | 'adamax' | 'nadam' | 'adafactor' | 'ftrl';
export const RUNNER_IDS: readonly RunnerId[] = ['sgd', 'momentum', 'nesterov', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'adafactor', 'ftrl'];

/** Each runner is an engine optimizer with Keras 3's defaults; momentum and Nesterov are SGD with γ = 0.9. */
const RUNNERS: Record<RunnerId, { type: OptimizerName; overrides: Partial<Optimizer> }> = {
	sgd: { type: 'sgd', overrides: {} },
	momentum: { type: 'sgd', overrides: { momentum: 0.9 } },
	nesterov: { type: 'sgd', overrides: { momentum: 0.9, nesterov: true } },
	adagrad: { type: 'adagrad', overrides: {} },
	adadelta: { type: 'adadelta', overrides: {} },
	rmsprop: { type: 'rmsprop', overrides: {} },
	adam: { type: 'adam', overrides: {} },
	adamw: { type: 'adamw', overrides: {} },
	adamax: { type: 'adamax', overrides: {} },
	nadam: { type: 'nadam', overrides: {} },
	adafactor: { type: 'adafactor', overrides: {} },
	ftrl: { type: 'ftrl', overrides: {} }
};

/**
 * Learning rates that make a watchable race on each surface: Keras's defaults (0.001 for most) barely
 * move in 100 steps, and SGD's rate must stay below 2 / (largest curvature) or it diverges.
 */
const RATES: Record<SurfaceId, Record<RunnerId, number>> = {
	saddle: { sgd: 0.01, momentum: 0.01, nesterov: 0.01, adagrad: 0.1, adadelta: 10, rmsprop: 0.01, adam: 0.05, adamw: 0.05, adamax: 0.05, nadam: 0.05, adafactor: 0.1, ftrl: 0.1 },
	rosenbrock: { sgd: 0.0007, momentum: 0.0002, nesterov: 0.0002, adagrad: 0.5, adadelta: 10, rmsprop: 0.02, adam: 0.1, adamw: 0.1, adamax: 0.2, nadam: 0.1, adafactor: 0.1, ftrl: 0.5 },
	beale: { sgd: 0.005, momentum: 0.001, nesterov: 0.001, adagrad: 0.3, adadelta: 10, rmsprop: 0.01, adam: 0.05, adamw: 0.05, adamax: 0.1, nadam: 0.05, adafactor: 0.1, ftrl: 0.3 },
	ravine: { sgd: 0.45, momentum: 0.1, nesterov: 0.1, adagrad: 0.5, adadelta: 10, rmsprop: 0.05, adam: 0.1, adamw: 0.1, adamax: 0.2, nadam: 0.1, adafactor: 0.1, ftrl: 0.5 },
	bowl: { sgd: 0.1, momentum: 0.05, nesterov: 0.05, adagrad: 0.5, adadelta: 10, rmsprop: 0.05, adam: 0.1, adamw: 0.1, adamax: 0.1, nadam: 0.1, adafactor: 0.1, ftrl: 0.5 }
};

export function defaultRate(surface: SurfaceId, id: RunnerId): number {
	return RATES[surface][id];
}

/** The engine optimizer a runner uses at learning rate η. */
export function runnerOptimizer(id: RunnerId, learningRate: number): Optimizer {
	const spec = RUNNERS[id];
	return { ...optimizerDefaults(spec.type), ...spec.overrides, learningRate };
}

export type Point = [number, number];

/** One step of one runner: where it was, the gradient there, each coordinate's update, where it went. */
export interface StepRecord {
	t: number;
	before: Point;
	grad: Point;
	after: Point;
	/** f at `after`. */
	value: number;
	/** Each coordinate's optimizer state before the step (x, then y). */
	stateBefore: [OptimizerState, OptimizerState];
	/** Each coordinate's update as the engine computed it: θ', the new state, the intermediates. */
	steps: [OptimizerStep, OptimizerStep];
}

export interface Runner {
	id: RunnerId;
	optimizer: Optimizer;
	position: Point;
	state: [OptimizerState, OptimizerState];
	/** Steps taken. */
	t: number;
	/** Every position from the start. */
	path: Point[];
	records: StepRecord[];
	/** 'escaped': left the plot far behind (or overflowed) and stopped. */
	status: 'running' | 'escaped';
}

export interface Race {
	surface: SurfaceId;
	runners: Runner[];
	/** Steps taken by the race (runners that escaped stopped earlier). */
	t: number;
}

export function startRunner(id: RunnerId, learningRate: number, surface: Surface, start: Point = surface.start): Runner {
	const optimizer = runnerOptimizer(id, learningRate);
	const op = optimizerOp(optimizer.type);
	return {
		id,
		optimizer,
		position: start,
		state: [op.init(optimizer), op.init(optimizer)],
		t: 0,
		path: [start],
		records: [],
		status: 'running'
	};
}

/** Outside the plotted region by more than its own width or height: the runner has left the race. */
function escaped(p: Point, surface: Surface): boolean {
	const [x0, x1] = surface.domain.x;
	const [y0, y1] = surface.domain.y;
	const w = x1 - x0;
	const h = y1 - y0;
	return !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || p[0] < x0 - w || p[0] > x1 + w || p[1] < y0 - h || p[1] > y1 + h;
}

/** One optimizer step of a runner on the surface (a runner that escaped stays where it is). */
export function stepRunner(runner: Runner, surface: Surface): Runner {
	if (runner.status !== 'running') return runner;
	const op = optimizerOp(runner.optimizer.type);
	const t = runner.t + 1;
	const before = runner.position;
	const grad = surface.grad(before[0], before[1]);
	const sx = op.update(before[0], grad[0], runner.state[0], t, runner.optimizer);
	const sy = op.update(before[1], grad[1], runner.state[1], t, runner.optimizer);
	const after: Point = [sx.theta, sy.theta];
	const record: StepRecord = {
		t,
		before,
		grad,
		after,
		value: surface.f(after[0], after[1]),
		stateBefore: runner.state,
		steps: [sx, sy]
	};
	return {
		...runner,
		position: after,
		state: [sx.state, sy.state],
		t,
		path: [...runner.path, after],
		records: [...runner.records, record],
		status: escaped(after, surface) ? 'escaped' : 'running'
	};
}

export function startRace(surface: Surface, rates: Partial<Record<RunnerId, number>> = {}, ids: readonly RunnerId[] = RUNNER_IDS): Race {
	return {
		surface: surface.id,
		runners: ids.map((id) => startRunner(id, rates[id] ?? defaultRate(surface.id, id), surface)),
		t: 0
	};
}

export function stepRace(race: Race, surface: Surface): Race {
	return { ...race, runners: race.runners.map((r) => stepRunner(r, surface)), t: race.t + 1 };
}

/** The step's size: |Δx|, |Δy| and the distance moved ‖Δ‖. */
export function stepSize(r: StepRecord): { dx: number; dy: number; norm: number } {
	const dx = r.after[0] - r.before[0];
	const dy = r.after[1] - r.before[1];
	return { dx, dy, norm: Math.hypot(dx, dy) };
}

const COORD = ['x', 'y'] as const;

/**
 * The update of one coordinate (0: x, 1: y) at a recorded step, in TeX: the rule's lines in symbols
 * (θ written as x or y, g as g_x or g_y) and the same lines with the step's numbers, each ending in
 * its value: `m_t = 0.9 \cdot 0 + (1 - 0.9) \cdot 2 = 0.2`.
 */
export function stepTex(runner: Runner, record: StepRecord, coord: 0 | 1): { formula: string[]; substituted: string[] } {
	const opt = runner.optimizer;
	const op = optimizerOp(opt.type);
	const c = COORD[coord];
	const fmt = (x: number) => formatNumber(x, null);
	const step = record.steps[coord];
	const numbers = numericSymbols(op, opt, record.t, record.before[coord], record.grad[coord], record.stateBefore[coord], step, fmt);
	for (const [key, v] of Object.entries(op.params(opt, record.t))) numbers[key] = key.startsWith('t') ? String(v) : texConstant(v);
	const symbolLines = op.tex(coordSymbols(runner, coord), opt, record.t);
	const numberLines = op.tex(numbers, opt, record.t);
	const lhs = (line: string) => line.slice(0, line.indexOf(' = '));
	const rhs = (line: string) => line.slice(line.indexOf(' = ') + 3);
	return {
		formula: ruleTex(runner, coord),
		substituted: [
			`g_${c} = ${numbers.g}`,
			...numberLines.map((line, m) => `${lhs(symbolLines[m])} = ${rhs(line)} = ${lhs(line)}`)
		]
	};
}

/** The runner's update rule for one coordinate in symbols, starting with g = ∂f/∂x (or ∂f/∂y). */
export function ruleTex(runner: Runner, coord: 0 | 1): string[] {
	const c = COORD[coord];
	const op = optimizerOp(runner.optimizer.type);
	return [`g_${c} = \\frac{\\partial f}{\\partial ${c}}`, ...op.tex(coordSymbols(runner, coord), runner.optimizer, Math.max(1, runner.t))];
}

/** The optimizer's symbols with θ written as the coordinate: x, x', g_x. */
function coordSymbols(runner: Runner, coord: 0 | 1): Record<string, string> {
	const c = COORD[coord];
	const sym = optimizerOp(runner.optimizer.type).symbols(runner.optimizer);
	return { ...sym, theta: c, theta_new: `${c}'`, theta_decayed: `\\tilde{${c}}`, g: `g_${c}` };
}

/** The state keys of a runner's optimizer (v; m, v; G; …), for the table's columns. */
export function stateKeys(runner: Runner): string[] {
	return Object.keys(runner.state[0]);
}

/** The TeX symbol of a state key after the step (m → m_t), for the table's headers. */
export function stateSymbol(runner: Runner, key: string): string {
	const sym = optimizerOp(runner.optimizer.type).symbols(runner.optimizer);
	return sym[`${key}_new`] ?? sym[key] ?? key;
}
