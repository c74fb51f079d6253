import { describe, expect, it } from 'vitest';
import { splitJob, type GemmJob } from '../../../src/lib/fast/kernels/split';
import { SGD_UPDATE } from '../../../src/lib/fast/kernels/epilogue';
import { compiled, workspaceBytes, type GemmExports } from '../../../src/lib/fast/kernels/wasm';
import { naiveGemm, oddProblems, seededRandom } from './gemm-check';

/** Runs a product as the two halves splitJob makes, one after the other, on one instance. */
function runSplit(pr: ReturnType<typeof oddProblems>[number], seed: number) {
	const { m, n, k } = pr;
	const ws = workspaceBytes();
	const memory = new WebAssembly.Memory({ initial: Math.ceil((ws + 4 * (m * k + k * n + m * n) + 64) / 65536) });
	const gemm = (new WebAssembly.Instance(compiled('wasm-simd'), { env: { memory } }).exports as unknown as GemmExports).gemm;
	const A = new Float32Array(memory.buffer, ws, m * k);
	const B = new Float32Array(memory.buffer, A.byteOffset + A.byteLength, k * n);
	const C = new Float32Array(memory.buffer, B.byteOffset + B.byteLength, m * n);
	const rng = seededRandom(seed);
	for (const x of [A, B, C]) for (let i = 0; i < x.length; i++) x[i] = rng.next() * 2 - 1;
	const ref = naiveGemm(pr, A, B, C.slice());
	const job: GemmJob = {
		flags: (pr.transA ? 1 : 0) | (pr.transB ? 2 : 0) | (pr.accumulate ? 4 : 0),
		m, n, k, a: A.byteOffset, lda: pr.transA ? m : k, b: B.byteOffset, ldb: pr.transB ? k : n, c: C.byteOffset, ldc: n
	};
	const halves = splitJob(job, 0, 4, 0.1 + (seed % 9) / 10);
	for (const j of halves ?? [job]) gemm(j.flags, j.m, j.n, j.k, j.a, j.lda, j.b, j.ldb, j.c, j.ldc, 0);
	let worst = 0;
	for (let i = 0; i < m * n; i++) worst = Math.max(worst, Math.abs(C[i] - ref.value[i]) / ref.scale[i]);
	return { halves, worst };
}

describe('splitJob', () => {
	it('cuts across the dimension whose operand is cheaper to pack twice: columns (multiples of 8) when n ≥ m, else rows (multiples of 4)', () => {
		const job: GemmJob = { flags: 0, m: 64, n: 300, k: 784, a: 0, lda: 784, b: 0, ldb: 300, c: 0, ldc: 300 };
		expect(splitJob(job, 0)!.map((j) => [j.m, j.n, j.b, j.c])).toEqual([[64, 152, 0, 0], [64, 148, 4 * 152, 4 * 152]]);
		const tall: GemmJob = { flags: 1, m: 300, n: 64, k: 784, a: 0, lda: 300, b: 0, ldb: 64, c: 0, ldc: 64 };
		expect(splitJob(tall, 0)!.map((j) => [j.m, j.n, j.a, j.c])).toEqual([[152, 64, 0, 0], [148, 64, 4 * 152, 4 * 152 * 64]]);
		const row = { ...job, m: 1, lda: 784 };
		expect(splitJob(row, 0)!.map((j) => [j.m, j.n])).toEqual([[1, 152], [1, 148]]);
		expect(splitJob({ ...job, m: 2, n: 20 }, 0)).toBeNull();
		expect(splitJob(job, 64 * 300 * 784 + 1)).toBeNull();
	});

	it('cuts a weight update (W += Gᵀ·A, accumulating) by rows of W whatever its shape: the neurons each thread computes in the forward pass', () => {
		const update: GemmJob = { flags: 5, m: 300, n: 784, k: 64, a: 0, lda: 300, b: 0, ldb: 784, c: 0, ldc: 784 };
		expect(splitJob(update, 0)!.map((j) => [j.m, j.n, j.a, j.b, j.c])).toEqual([[152, 784, 0, 0, 0], [148, 784, 4 * 152, 0, 4 * 152 * 784]]);
		// The gradient alone (not accumulating) still goes by the smaller packing.
		expect(splitJob({ ...update, flags: 1 }, 0)!.map((j) => [j.m, j.n])).toEqual([[300, 392], [300, 392]]);
		// Too few rows to cut: by columns, but never an update whose epilogue scales G in place.
		expect(splitJob({ ...update, m: 6, lda: 6 }, 0)!.map((j) => [j.m, j.n])).toEqual([[6, 392], [6, 392]]);
		expect(splitJob({ ...update, flags: 5 | SGD_UPDATE, m: 6, lda: 6 }, 0)).toBeNull();
	});

	it("gives the helper about its share, never an empty part", () => {
		const job: GemmJob = { flags: 0, m: 64, n: 300, k: 784, a: 0, lda: 784, b: 0, ldb: 300, c: 0, ldc: 300 };
		expect(splitJob(job, 0, 4, 0.25)!.map((j) => j.n)).toEqual([224, 76]);
		expect(splitJob(job, 0, 4, 0)!.map((j) => j.n)).toEqual([296, 4]);
		expect(splitJob(job, 0, 4, 1)!.map((j) => j.n)).toEqual([8, 292]);
		const tall: GemmJob = { ...job, m: 300, n: 64 };
		expect(splitJob(tall, 0, 4, 0.7)!.map((j) => j.m)).toEqual([92, 208]);
	});

	it('the two parts together give the whole product, for every transpose and accumulate, odd sizes and shares', () => {
		for (const [t, pr] of oddProblems(41, 6).entries()) {
			const big = { ...pr, m: pr.m + (t % 3 === 0 ? 0 : 8), n: pr.n + (t % 2 ? 32 : 0) };
			expect(runSplit(big, t).worst).toBeLessThan(1e-5);
		}
	});
});
