import { describe, expect, it } from 'vitest';
import { wasmKernels } from '../../../src/lib/fast/kernels/wasm';
import { typedVectorOps } from '../../../src/lib/fast/kernels/vector-typed';
import type { Kernels } from '../../../src/lib/fast/kernels/types';
import { seededRandom } from './gemm-check';

// The WebAssembly elementwise loops (vector.wat) against the plain loops (vector-typed.ts), which
// say what each must compute: bit for bit in float32, special values and ragged sizes included.

const SPECIAL = [0, -0, NaN, Infinity, -Infinity, 1e-45, -1e-45, 3.4e38, -3.4e38];

function fill(a: Float32Array, rng: ReturnType<typeof seededRandom>, specials: boolean): Float32Array {
	for (let i = 0; i < a.length; i++) {
		const r = rng.next();
		a[i] = specials && r < 0.15 ? SPECIAL[rng.int(SPECIAL.length)] : r < 0.3 ? 0 : (rng.next() * 2 - 1) * 10;
	}
	return a;
}

/** Two copies of the same data: one inside the wasm kernels' memory, one plain. */
function pair(K: Kernels<Float32Array>, n: number, rng: ReturnType<typeof seededRandom>, specials: boolean) {
	const plain = fill(new Float32Array(n), rng, specials);
	const inWasm = K.alloc(n);
	inWasm.set(plain);
	return [inWasm, plain] as const;
}

/** The bits of each number (so −0 ≠ 0), any NaN as one: NaN's sign and payload are not specified. */
const bits = (a: Float32Array) => Array.from(a, (x) => (Number.isNaN(x) ? 'NaN' : new Uint32Array(Float32Array.of(x).buffer)[0]));
const sameBits = (a: Float32Array, b: Float32Array) => expect(bits(a)).toEqual(bits(b));

describe('wasm VectorOps match the plain loops bit for bit', () => {
	const K = wasmKernels('wasm-simd');
	K.reserve(400_000);
	const shapes: [number, number][] = [[1, 1], [3, 5], [64, 300], [7, 10], [2, 17], [5, 33], [1, 4], [0, 6]];
	for (const specials of [false, true]) {
		const label = specials ? 'with NaN, ±∞, ±0, subnormals and overflow' : 'on ordinary numbers';
		it(`biasRelu ${label}, and its finite flag`, () => {
			const rng = seededRandom(specials ? 71 : 72);
			for (const [rows, cols] of shapes) {
				const [Zw, Zp] = pair(K, rows * cols, rng, specials);
				const [bw, bp] = pair(K, cols, rng, specials);
				const Aw = K.alloc(rows * cols);
				const Ap = new Float32Array(rows * cols);
				const fw = K.vec.biasRelu(Zw, Aw, bw, rows, cols);
				const fp = typedVectorOps.biasRelu(Zp, Ap, bp, rows, cols);
				sameBits(Zw, Zp);
				sameBits(Aw, Ap);
				expect(fw).toBe(fp);
				expect(fp).toBe(Array.from(Zp).every(Number.isFinite));
			}
		});

		it(`reluMask, scale and columnSums ${label}`, () => {
			const rng = seededRandom(specials ? 73 : 74);
			for (const [rows, cols] of shapes) {
				const n = rows * cols;
				const [Zw, Zp] = pair(K, n, rng, specials);
				const [Gw, Gp] = pair(K, n, rng, specials);
				K.vec.reluMask(Zw, Gw, n);
				typedVectorOps.reluMask(Zp, Gp, n);
				sameBits(Gw, Gp);
				for (const s of [-0.01, 1 / 3, -1e-30]) {
					K.vec.scale(Gw, n, s);
					typedVectorOps.scale(Gp, n, s);
					sameBits(Gw, Gp);
				}
				for (const add of [false, true]) {
					const [dw, dp] = pair(K, cols, rng, specials);
					K.vec.columnSums(Gw, rows, cols, dw, add);
					typedVectorOps.columnSums(Gp, rows, cols, dp, add);
					sameBits(dw, dp);
				}
			}
		});
	}

	it('hand-worked: biasRelu, reluMask, scale, columnSums on a 2×3 batch', () => {
		const V = typedVectorOps;
		const Z = new Float32Array([1, -2, 0.5, -1, 3, NaN]);
		const A = new Float32Array(6);
		expect(V.biasRelu(Z, A, new Float32Array([0.5, 1, -0.5]), 2, 3)).toBe(false);
		expect(Array.from(Z)).toEqual([1.5, -1, 0, -0.5, 4, NaN]);
		expect(Array.from(A)).toEqual([1.5, 0, 0, 0, 4, 0]);
		const G = new Float32Array([1, 2, 3, 4, 5, 6]);
		V.reluMask(Z, G, 6);
		expect(Array.from(G)).toEqual([1, 0, 0, 0, 5, 0]);
		V.scale(G, 6, -2);
		const db = new Float32Array([10, 10, 10]);
		V.columnSums(G, 2, 3, db, true);
		// columns of G: (−2, −0), (−0, −10), (−0, −0)
		expect(Array.from(db)).toEqual([8, 0, 10]);
		V.columnSums(G, 2, 3, db, false);
		expect(Array.from(db)).toEqual([-2, -10, 0]);
	});

	it('refuses arrays from outside its memory', () => {
		expect(() => K.vec.reluMask(new Float32Array(4), K.alloc(4), 4)).toThrow(/not allocated by these kernels/);
	});
});
