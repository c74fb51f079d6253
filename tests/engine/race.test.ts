// The optimizer race: runners step with the engine's optimizers, carry their state, and the TeX of
// each step shows the numbers the engine used.

import { describe, expect, it } from 'vitest';
import { optimizerOp } from '../../src/lib/engine/ops';
import {
	RUNNER_IDS,
	defaultRate,
	runnerOptimizer,
	startRace,
	startRunner,
	stateKeys,
	stateSymbol,
	stepRace,
	stepRunner,
	stepSize,
	stepTex,
	type Runner
} from '../../src/lib/engine/concepts/race';
import { SURFACES, SURFACE_IDS, bowl, ravine, saddle } from '../../src/lib/engine/concepts/surfaces';

function run(r: Runner, steps: number, surface = bowl): Runner {
	for (let i = 0; i < steps; i++) r = stepRunner(r, surface);
	return r;
}

describe('race', () => {
	it('SGD on the bowl x² + y² converges to the minimum: each step multiplies θ by 1 − 2η', () => {
		const r = run(startRunner('sgd', 0.1, bowl), 100);
		expect(Math.hypot(...r.position)).toBeLessThan(1e-8);
		// after one step, (−1.5, 1)·(1 − 0.2)
		const one = stepRunner(startRunner('sgd', 0.1, bowl), bowl);
		expect(one.position[0]).toBeCloseTo(-1.2, 14);
		expect(one.position[1]).toBeCloseTo(0.8, 14);
	});

	it("Adam's first step moves each coordinate by ≈ η against the sign of its gradient", () => {
		for (const lr of [0.1, 0.01]) {
			const one = stepRunner(startRunner('adam', lr, ravine), ravine);
			const { dx, dy } = stepSize(one.records[0]);
			// m̂/√v̂ = g/|g| on the first step; ε = 1e-7 makes it a hair smaller.
			expect(dx).toBeCloseTo(lr, 6);
			expect(dy).toBeCloseTo(-lr, 6);
		}
	});

	it('momentum carries its velocity: v_t = γ v_{t−1} − η g, step after step', () => {
		let r = startRunner('momentum', 0.05, bowl);
		let v = [0, 0];
		for (let t = 1; t <= 5; t++) {
			const [x, y] = r.position;
			r = stepRunner(r, bowl);
			v = [0.9 * v[0] - 0.05 * 2 * x, 0.9 * v[1] - 0.05 * 2 * y];
			expect(r.state[0].v).toBeCloseTo(v[0], 14);
			expect(r.state[1].v).toBeCloseTo(v[1], 14);
			expect(r.position[0]).toBeCloseTo(x + v[0], 14);
			expect(r.records[t - 1].stateBefore[0].v).toBeCloseTo(t === 1 ? 0 : r.records[t - 2].steps[0].state.v, 14);
		}
	});

	it('every runner is the engine optimizer applied per coordinate with its state carried', () => {
		for (const id of RUNNER_IDS) {
			const opt = runnerOptimizer(id, defaultRate('beale', id));
			const op = optimizerOp(opt.type);
			let th = [...SURFACES.beale.start];
			let st = [op.init(opt), op.init(opt)];
			let r = startRunner(id, defaultRate('beale', id), SURFACES.beale);
			for (let t = 1; t <= 20; t++) {
				const g = SURFACES.beale.grad(th[0], th[1]);
				const sx = op.update(th[0], g[0], st[0], t, opt);
				const sy = op.update(th[1], g[1], st[1], t, opt);
				th = [sx.theta, sy.theta];
				st = [sx.state, sy.state];
				r = stepRunner(r, SURFACES.beale);
			}
			expect(r.position).toEqual(th);
			expect(r.state).toEqual(st);
			expect(r.path).toHaveLength(21);
			expect(r.t).toBe(20);
		}
	});

	it('momentum and Nesterov are SGD with γ = 0.9; AdamW decays its weights', () => {
		expect(runnerOptimizer('momentum', 0.1)).toMatchObject({ type: 'sgd', momentum: 0.9, nesterov: false, learningRate: 0.1 });
		expect(runnerOptimizer('nesterov', 0.1)).toMatchObject({ type: 'sgd', momentum: 0.9, nesterov: true });
		expect(runnerOptimizer('sgd', 0.1)).toMatchObject({ type: 'sgd', momentum: 0 });
		expect(runnerOptimizer('adamw', 0.1).weightDecay).toBeGreaterThan(0);
	});

	it('on the saddle, SGD slides off along y and leaves the race once far outside the plot', () => {
		let r = startRunner('sgd', 0.1, saddle);
		for (let i = 0; i < 200 && r.status === 'running'; i++) r = stepRunner(r, saddle);
		expect(r.status).toBe('escaped');
		expect(Math.abs(r.position[1])).toBeGreaterThan(2);
		expect(Math.abs(r.position[0])).toBeLessThan(1e-3);
		const frozen = stepRunner(r, saddle);
		expect(frozen).toBe(r);
	});

	it('startRace uses the given rates over the defaults, and stepRace steps every runner once', () => {
		let race = startRace(ravine, { adam: 0.3 });
		expect(race.runners.map((r) => r.id)).toEqual(RUNNER_IDS);
		expect(race.runners.find((r) => r.id === 'adam')?.optimizer.learningRate).toBe(0.3);
		expect(race.runners.find((r) => r.id === 'sgd')?.optimizer.learningRate).toBe(defaultRate('ravine', 'sgd'));
		race = stepRace(stepRace(race, ravine), ravine);
		expect(race.t).toBe(2);
		expect(race.runners.every((r) => r.t === 2 && r.records.length === 2)).toBe(true);
	});

	it('the default rates keep every runner on the plot for 300 steps on rosenbrock, beale, ravine and bowl', () => {
		for (const id of SURFACE_IDS.filter((s) => s !== 'saddle')) {
			let race = startRace(SURFACES[id]);
			for (let i = 0; i < 300; i++) race = stepRace(race, SURFACES[id]);
			for (const r of race.runners) expect(r.status, `${r.id} on ${id}`).toBe('running');
		}
	});

	it('stepTex writes the rule in symbols and the same lines with the step numbers and values', () => {
		const r = stepRunner(startRunner('momentum', 0.1, bowl), bowl);
		const tex = stepTex(r, r.records[0], 0);
		expect(tex.formula).toEqual(['g_x = \\frac{\\partial f}{\\partial x}', 'v_t = \\gamma v_{t-1} - \\eta g_x', "x' = x + v_t"]);
		// g_x = 2·(−1.5) = −3; v = 0.9·0 − 0.1·(−3) = 0.3; x' = −1.5 + 0.3 = −1.2
		expect(tex.substituted[0]).toBe('g_x = -3');
		expect(tex.substituted[1]).toMatch(/^v_t = 0\.9 .*0\.1 .*\(-3\) = 0\.3$/);
		expect(tex.substituted[2]).toMatch(/^x' = -1\.5 \+ 0\.3 = -1\.2$/);
	});

	it("stepTex for Adam names m_t and v_t, and its y line uses g_y", () => {
		const r = stepRunner(startRunner('adam', 0.1, bowl), bowl);
		const tex = stepTex(r, r.records[0], 1);
		expect(tex.formula[0]).toBe('g_y = \\frac{\\partial f}{\\partial y}');
		expect(tex.formula.some((l) => l.startsWith('m_t = '))).toBe(true);
		expect(tex.substituted.at(-1)).toMatch(/^y' = .* = 0\.9$/);
	});

	it('stateKeys and stateSymbol name the state each optimizer carries', () => {
		const adam = startRunner('adam', 0.1, bowl);
		expect(stateKeys(adam)).toEqual(['m', 'v']);
		expect(stateSymbol(adam, 'm')).toBe('m_t');
		expect(stateKeys(startRunner('sgd', 0.1, bowl))).toEqual([]);
		expect(stateSymbol(startRunner('adagrad', 0.1, bowl), 'G')).toBe('G_t');
	});
});
