// The optimizers against references written differently: hand-worked steps, the paper's form of Adam
// with ε rescaled, and Nadam's products rebuilt from scratch at every step.

import { describe, expect, it } from 'vitest';
import { optimizerOp } from '../../../../src/lib/engine/ops';
import type { Optimizer } from '../../../../src/lib/engine/spec/types';
import { optimizer } from '../helpers';

/** θ after each of the gradients, one parameter. */
function thetas(opt: Optimizer, theta0: number, grads: number[]): number[] {
	const op = optimizerOp(opt.type);
	let theta = theta0;
	let state = op.init(opt);
	return grads.map((g, i) => {
		const s = op.update(theta, g, state, i + 1, opt);
		theta = s.theta;
		state = s.state;
		return theta;
	});
}

const gs = [0.3, -0.8, 0.45];

describe('optimizers against independent references', () => {
	it('sgd with momentum 0.9 (hand-worked: v = −0.1, −0.19, −0.271)', () => {
		const got = thetas(optimizer('sgd', { learningRate: 0.1, momentum: 0.9 }), 1, [1, 1, 1]);
		[0.9, 0.71, 0.439].forEach((w, i) => expect(got[i]).toBeCloseTo(w, 12));
	});
	it('sgd with nesterov momentum 0.9 (hand-worked: θ = 0.81, 0.539, 0.1951)', () => {
		const got = thetas(optimizer('sgd', { learningRate: 0.1, momentum: 0.9, nesterov: true }), 1, [1, 1, 1]);
		[0.81, 0.539, 0.1951].forEach((w, i) => expect(got[i]).toBeCloseTo(w, 12));
	});
	it('adagrad starts its accumulator at 0.1 by default', () => {
		const opt = optimizer('adagrad', { learningRate: 0.1 });
		expect(optimizerOp('adagrad').init(opt)).toEqual({ G: 0.1 });
		const got = thetas(opt, 1, gs);
		let G = 0.1;
		let th = 1;
		gs.forEach((g, i) => {
			G += g ** 2;
			th -= (0.1 * g) / Math.sqrt(G + 1e-7);
			expect(got[i]).toBeCloseTo(th, 14);
		});
	});
	it('adam equals the paper’s form m̂/(√v̂ + ε̂) with ε̂ = ε/√(1 − β₂^t), and differs from ε unscaled', () => {
		const opt = optimizer('adam', { learningRate: 0.01, epsilon: 0.05 });
		const got = thetas(opt, 0.5, gs);
		let m = 0;
		let v = 0;
		let th = 0.5;
		let naive = 0.5;
		gs.forEach((g, i) => {
			const t = i + 1;
			m = 0.9 * m + 0.1 * g;
			v = 0.999 * v + 0.001 * g * g;
			const mHat = m / (1 - 0.9 ** t);
			const vHat = v / (1 - 0.999 ** t);
			th -= (0.01 * mHat) / (Math.sqrt(vHat) + 0.05 / Math.sqrt(1 - 0.999 ** t));
			naive -= (0.01 * mHat) / (Math.sqrt(vHat) + 0.05);
			expect(got[i]).toBeCloseTo(th, 14);
			expect(Math.abs(got[i] - naive)).toBeGreaterThan(1e-4);
		});
	});
	it('adamw decays θ by θ·wd·η before the Adam step', () => {
		const opt = optimizer('adamw', { learningRate: 0.01, weightDecay: 0.1 });
		const plain = optimizer('adam', { learningRate: 0.01 });
		const a = optimizerOp('adamw').update(2, 0.3, optimizerOp('adamw').init(opt), 1, opt);
		const b = optimizerOp('adam').update(2 - 2 * 0.1 * 0.01, 0.3, optimizerOp('adam').init(plain), 1, plain);
		expect(a.theta).toBeCloseTo(b.theta, 15);
		expect(a.terms.theta_decayed).toBeCloseTo(1.998, 15);
	});
	it('adamax: u is the decayed max of |g| and the step divides by 1 − β₁^t', () => {
		const got = thetas(optimizer('adamax', { learningRate: 0.02 }), 0, gs);
		// hand-worked: m = 0.03, −0.053, −0.0027; u = 0.3, 0.8, 0.7992
		const m = [0.03, 0.9 * 0.03 - 0.08, 0.9 * (0.9 * 0.03 - 0.08) + 0.045];
		const u = [0.3, 0.8, Math.max(0.999 * 0.8, 0.45)];
		let th = 0;
		for (let i = 0; i < 3; i++) {
			th -= (0.02 / (1 - 0.9 ** (i + 1))) * (m[i] / (u[i] + 1e-7));
			expect(got[i]).toBeCloseTo(th, 14);
		}
	});
	it('nadam: μ_t = β₁(1 − ½·0.96^t), products rebuilt from scratch every step', () => {
		const opt = optimizer('nadam', { learningRate: 0.01 });
		const got = thetas(opt, 0.2, gs);
		const mu = (t: number) => 0.9 * (1 - 0.5 * 0.96 ** t);
		const prod = (t: number) => Array.from({ length: t }, (_, i) => mu(i + 1)).reduce((p, x) => p * x, 1);
		let m = 0;
		let v = 0;
		let th = 0.2;
		gs.forEach((g, i) => {
			const t = i + 1;
			m = 0.9 * m + 0.1 * g;
			v = 0.999 * v + 0.001 * g * g;
			const mHat = (mu(t + 1) * m) / (1 - prod(t + 1)) + ((1 - mu(t)) * g) / (1 - prod(t));
			const vHat = v / (1 - 0.999 ** t);
			th -= (0.01 * mHat) / (Math.sqrt(vHat) + 1e-7);
			expect(got[i]).toBeCloseTo(th, 14);
		});
	});
	it('nadam’s state carries the running product Π_t', () => {
		const opt = optimizer('nadam');
		const op = optimizerOp('nadam');
		const s1 = op.update(0, 0.1, op.init(opt), 1, opt);
		const s2 = op.update(s1.theta, 0.1, s1.state, 2, opt);
		expect(s2.state.pi).toBeCloseTo(0.9 * (1 - 0.5 * 0.96) * 0.9 * (1 - 0.5 * 0.96 ** 2), 15);
	});
	it('adadelta: three hand-worked steps with lr 1, ρ 0.9, ε 1e-6', () => {
		const got = thetas(optimizer('adadelta', { learningRate: 1, rho: 0.9, epsilon: 1e-6 }), 1, gs);
		const Eg: number[] = [];
		const Ed: number[] = [];
		let th = 1;
		gs.forEach((g, i) => {
			Eg[i] = 0.9 * (Eg[i - 1] ?? 0) + 0.1 * g * g;
			const dx = -(Math.sqrt((Ed[i - 1] ?? 0) + 1e-6) / Math.sqrt(Eg[i] + 1e-6)) * g;
			Ed[i] = 0.9 * (Ed[i - 1] ?? 0) + 0.1 * dx * dx;
			th += dx;
			expect(got[i]).toBeCloseTo(th, 14);
		});
	});
	it('rmsprop with momentum 0.5 (not centered)', () => {
		const got = thetas(optimizer('rmsprop', { learningRate: 0.01, momentum: 0.5 }), 1, [1, 2]);
		const inc1 = 0.01 / Math.sqrt(0.1 + 1e-7);
		const inc2 = 0.02 / Math.sqrt(0.09 + 0.4 + 1e-7);
		expect(got[0]).toBeCloseTo(1 - inc1, 14);
		expect(got[1]).toBeCloseTo(1 - inc1 - (0.5 * inc1 + inc2), 14);
	});
	it('perceptron: θ − η g with g = −mean (y − ŷ) x is the rule w + η mean (y − ŷ) x', () => {
		const opt = optimizer('perceptron', { learningRate: 1 });
		const samples = [
			{ y: 1, yHat: -1, x: 0.5 },
			{ y: -1, yHat: -1, x: 2 },
			{ y: -1, yHat: 1, x: 1 }
		];
		const g = -samples.reduce((s, p) => s + (p.y - p.yHat) * p.x, 0) / samples.length;
		const step = optimizerOp('perceptron').update(0.3, g, {}, 1, opt);
		expect(step.theta).toBeCloseTo(0.3 + (2 * 0.5 + 0 - 2 * 1) / 3, 15);
		expect(step.state).toEqual({});
	});
});
