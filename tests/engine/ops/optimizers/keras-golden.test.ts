// Every Keras optimizer against the numbers in Keras 3's own tests (keras/src/optimizers/*_test.py):
// `test_single_step`, `test_correctness_with_golden` (x = 1, a first step with g = 0.01, then steps
// with g = 0.1 … 1.0; Keras's tolerance rtol = atol = 5e-4) and `test_weight_decay`.

import { describe, expect, it } from 'vitest';
import { optimizerOp } from '../../../../src/lib/engine/ops';
import type { Optimizer, OptimizerName } from '../../../../src/lib/engine/spec/types';
import { close, optimizer } from '../helpers';

/** Applies the gradients of each step to a vector of parameters, one scalar op per entry. */
function run(opt: Optimizer, start: number[], grads: number[][]): number[][] {
	const op = optimizerOp(opt.type);
	let theta = [...start];
	let states = theta.map(() => op.init(opt));
	const after: number[][] = [];
	grads.forEach((g, i) => {
		const steps = theta.map((th, k) => op.update(th, g[k], states[k], i + 1, opt));
		theta = steps.map((s) => s.theta);
		states = steps.map((s) => s.state);
		after.push(theta);
	});
	return after;
}

const ones = Array(10).fill(1);
const first = Array(10).fill(0.01);
const ramp = Array.from({ length: 10 }, (_, k) => (k + 1) / 10);

function expectGolden(opt: Optimizer, golden: number[][]): void {
	const got = run(opt, ones, [first, ramp, ramp, ramp, ramp]);
	golden.forEach((row, i) =>
		row.forEach((want, k) => expect(close(got[i][k], want, 5e-4, 5e-4), `step ${i + 1}, entry ${k}: ${got[i][k]} vs ${want}`).toBe(true))
	);
}

const tile = (col: number[]) => col.map((v) => Array(10).fill(v));

describe('Keras golden values (test_correctness_with_golden)', () => {
	it('sgd(nesterov) matches keras', () => {
		expectGolden(optimizer('sgd', { nesterov: true }), [
			[0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999],
			[0.9989, 0.9979, 0.9969, 0.9959, 0.9949, 0.9939, 0.9929, 0.9919, 0.9909, 0.9899],
			[0.9979, 0.9959, 0.9939, 0.9919, 0.9899, 0.9879, 0.9859, 0.9839, 0.9819, 0.9799],
			[0.9969, 0.9939, 0.9909, 0.9879, 0.9849, 0.9819, 0.9789, 0.9759, 0.9729, 0.9699],
			[0.9959, 0.9919, 0.9879, 0.9839, 0.9799, 0.9759, 0.9719, 0.9679, 0.9639, 0.9599]
		]);
	});
	it('adagrad matches keras', () => {
		expectGolden(optimizer('adagrad', { learningRate: 0.2, initialAccumulatorValue: 0.3, epsilon: 1e-6 }), [
			[0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963],
			[0.9604, 0.9278, 0.9003, 0.8784, 0.8615, 0.8487, 0.8388, 0.8313, 0.8255, 0.8209],
			[0.9251, 0.8629, 0.8137, 0.7768, 0.7497, 0.7298, 0.7151, 0.704, 0.6956, 0.6891],
			[0.8903, 0.8012, 0.7342, 0.6862, 0.6521, 0.6277, 0.6099, 0.5967, 0.5867, 0.579],
			[0.856, 0.7422, 0.6604, 0.6037, 0.5644, 0.5367, 0.5168, 0.5021, 0.491, 0.4825]
		]);
	});
	it('adadelta matches keras', () => {
		expectGolden(optimizer('adadelta', { learningRate: 1, rho: 0.8, epsilon: 1e-6 }), tile([0.9978, 0.9947, 0.9915, 0.9882, 0.9849]));
	});
	it('rmsprop(centered) matches keras', () => {
		expectGolden(optimizer('rmsprop', { centered: true }), tile([0.9967, 0.9933, 0.9908, 0.9885, 0.9864]));
	});
	it('adamax matches keras', () => {
		expectGolden(optimizer('adamax', { learningRate: 0.2, beta1: 0.85, beta2: 0.95, epsilon: 1e-6 }), [
			[0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8],
			[0.6827, 0.6873, 0.6888, 0.6896, 0.6901, 0.6904, 0.6906, 0.6908, 0.6909, 0.691],
			[0.5333, 0.5407, 0.5431, 0.5444, 0.5451, 0.5456, 0.546, 0.5462, 0.5464, 0.5466],
			[0.368, 0.3773, 0.3804, 0.382, 0.3829, 0.3835, 0.384, 0.3843, 0.3846, 0.3848],
			[0.1933, 0.204, 0.2076, 0.2094, 0.2105, 0.2112, 0.2117, 0.2121, 0.2124, 0.2126]
		]);
	});
	it('adamw matches keras', () => {
		expectGolden(optimizer('adamw', { learningRate: 1, weightDecay: 0.5, epsilon: 2 }), [
			[0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998, 0.4998],
			[0.2486, 0.2475, 0.2463, 0.2451, 0.244, 0.2428, 0.2417, 0.2405, 0.2394, 0.2382],
			[0.1223, 0.1198, 0.1174, 0.1149, 0.1124, 0.11, 0.1075, 0.1051, 0.1027, 0.1003],
			[0.0586, 0.0549, 0.0512, 0.0475, 0.0439, 0.0402, 0.0366, 0.033, 0.0294, 0.0258],
			[0.0263, 0.0215, 0.0167, 0.012, 0.0073, 0.0026, -0.0021, -0.0067, -0.0113, -0.0159]
		]);
	});
	it('nadam matches keras', () => {
		expectGolden(optimizer('nadam', { learningRate: 0.5, beta1: 0.5, beta2: 0.67, epsilon: 1e-5 }), [
			[0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281, 0.4281],
			[-0.1738, -0.1731, -0.1726, -0.1723, -0.1721, -0.172, -0.1719, -0.1718, -0.1718, -0.1717],
			[-0.7115, -0.7103, -0.7096, -0.7092, -0.709, -0.7088, -0.7086, -0.7085, -0.7085, -0.7084],
			[-1.2335, -1.2322, -1.2313, -1.2309, -1.2306, -1.2304, -1.2302, -1.2301, -1.23, -1.2299],
			[-1.7492, -1.7478, -1.7469, -1.7464, -1.7461, -1.7459, -1.7457, -1.7456, -1.7455, -1.7454]
		]);
	});
});

describe('Keras single steps (test_single_step: lr 0.5, g = [1, 6, 7, 2] on [1, 2, 3, 4])', () => {
	const cases: [OptimizerName, number[]][] = [
		['sgd', [0.5, -1.0, -0.5, 3.0]],
		['adagrad', [0.5233, 1.5007, 2.5005, 3.5061]],
		['adadelta', [0.9993, 1.9993, 2.9993, 3.9993]],
		['rmsprop', [-0.5811, 0.4189, 1.4189, 2.4189]],
		['adam', [0.5, 1.5, 2.5, 3.5]],
		['adamw', [0.498, 1.496, 2.494, 3.492]],
		['adamax', [0.5, 1.5, 2.5, 3.5]],
		['nadam', [0.4686, 1.4686, 2.4686, 3.4686]],
		['ftrl', [0.2218, 1.3954, 2.3651, 2.8814]]
	];
	for (const [type, want] of cases) {
		it(`${type} takes keras's first step`, () => {
			const [got] = run(optimizer(type, { learningRate: 0.5 }), [1, 2, 3, 4], [[1, 6, 7, 2]]);
			want.forEach((w, k) => expect(close(got[k], w, 1e-4, 1e-4), `${got[k]} vs ${w}`).toBe(true));
		});
	}
});

describe('Keras weight decay (test_weight_decay)', () => {
	const types: OptimizerName[] = ['sgd', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'adafactor'];
	for (const type of types) {
		it(`${type} decays 2.0 to 1.9760959 in three zero-gradient steps with wd 0.004, lr 1`, () => {
			// Keras applies three optimizers to the same variable, each at its own step 1.
			const opt = optimizer(type, { learningRate: 1, weightDecay: 0.004 });
			const op = optimizerOp(type);
			let theta = 2;
			for (let i = 0; i < 3; i++) theta = op.update(theta, 0, op.init(opt), 1, opt).theta;
			expect(theta).toBeCloseTo(1.9760959, 6);
		});
	}
});

describe('Keras Ftrl (ftrl_test.py)', () => {
	it('ftrl matches keras with every regulariser on', () => {
		const opt = optimizer('ftrl', {
			learningRate: 0.05,
			learningRatePower: -0.2,
			initialAccumulatorValue: 0.4,
			l1RegularizationStrength: 0.05,
			l2RegularizationStrength: 0.15,
			l2ShrinkageRegularizationStrength: 0.01,
			beta: 0.3
		});
		expectGolden(opt, [
			[0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
			[-0.0034, -0.0077, -0.0118, -0.0157, -0.0194, -0.023, -0.0263, -0.0294, -0.0325, -0.0354],
			[-0.0078, -0.0162, -0.0242, -0.0317, -0.0387, -0.0454, -0.0516, -0.0575, -0.0631, -0.0685],
			[-0.0121, -0.0246, -0.0363, -0.0472, -0.0573, -0.0668, -0.0757, -0.0842, -0.0922, -0.0999],
			[-0.0164, -0.0328, -0.0481, -0.0623, -0.0753, -0.0875, -0.099, -0.1098, -0.1201, -0.1299]
		]);
	});
});

describe('Keras Adafactor first steps (adafactor_test.py), the whole tensor read at once', () => {
	/** One step of every entry of a tensor from the initial state, each reading the whole tensor. */
	function firstStep(opt: Optimizer, theta: number[], g: number[], rows: number | null, cols: number | null): number[] {
		const op = optimizerOp('adafactor');
		return theta.map((th, index) => op.update(th, g[index], op.init(opt), 1, opt, { theta, g, index, rows, cols }).theta);
	}
	const expectClose = (got: number[], want: number[]) => want.forEach((w, k) => expect(close(got[k], w, 1e-4, 1e-4), `${got[k]} vs ${w}`).toBe(true));
	it('a vector: test_single_step_1d', () => {
		expectClose(firstStep(optimizer('adafactor', { learningRate: 0.5 }), [1, 2, 3, 4], [1, 6, 7, 2], null, null), [-0.3693, 0.6307, 1.6307, 2.6307]);
	});
	it('a matrix: test_single_step_2d, factored into row and column accumulators', () => {
		expectClose(firstStep(optimizer('adafactor', { learningRate: 0.5 }), [1, 2, 3, 4], [1, 6, 7, 2], 2, 2), [0.7007, -0.0081, 1.2492, 3.4407]);
	});
	it('a matrix and its transpose get the same steps (R C / mean R is symmetric)', () => {
		const opt = optimizer('adafactor', { learningRate: 0.3 });
		const theta = [0.2, -0.4, 0.9, 0.1, -0.7, 0.5];
		const g = [0.3, -1.2, 0.05, 2.1, -0.4, 0.8];
		const t = (a: number[]) => [a[0], a[3], a[1], a[4], a[2], a[5]];
		const direct = firstStep(opt, theta, g, 2, 3);
		const transposed = firstStep(opt, t(theta), t(g), 3, 2);
		t(direct).forEach((x, k) => expect(x).toBeCloseTo(transposed[k], 12));
	});
	it('refuses to step a whole tensor from a state it cannot see', () => {
		const opt = optimizer('adafactor');
		const op = optimizerOp('adafactor');
		expect(() => op.update(1, 1, { r: 1, c: 1, v: 0 }, 2, opt, { theta: [1, 2], g: [1, 1], index: 0, rows: 1, cols: 2 })).toThrow(/initial state/);
	});
});
