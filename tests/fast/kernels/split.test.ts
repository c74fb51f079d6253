import { describe, expect, it } from 'vitest';
import { splitJob, type GemmJob } from '../../../src/lib/fast/kernels/split';
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
	const halves = splitJob(job, 0);
	for (const j of halves ?? [job]) gemm(j.flags, j.m, j.n, j.k, j.a, j.lda, j.b, j.ldb, j.c, j.ldc, 0);
	let worst = 0;
	for (let i = 0; i < m * n; i++) worst = Math.max(worst, Math.abs(C[i] - ref.value[i]) / ref.scale[i]);
	return { halves, worst };
}

describe('splitJob', () => {
	it('cuts rows on a multiple of 4 when there are 8 or more, else columns on a multiple of 16', () => {
		const job: GemmJob = { flags: 0, m: 64, n: 300, k: 784, a: 0, lda: 784, b: 0, ldb: 300, c: 0, ldc: 300 };
		expect(splitJob(job, 0)!.map((j) => [j.m, j.n, j.a, j.c])).toEqual([[32, 300, 0, 0], [32, 300, 4 * 32 * 784, 4 * 32 * 300]]);
		const row = { ...job, m: 1, lda: 784 };
		expect(splitJob(row, 0)!.map((j) => [j.m, j.n, j.b, j.c])).toEqual([[1, 144, 0, 0], [1, 156, 4 * 144, 4 * 144]]);
		expect(splitJob({ ...job, m: 2, n: 20 }, 0)).toBeNull();
		expect(splitJob(job, 64 * 300 * 784 + 1)).toBeNull();
	});

	it('the two halves together give the whole product, for every transpose and accumulate, odd sizes', () => {
		for (const [t, pr] of oddProblems(41, 6).entries()) {
			const big = { ...pr, m: pr.m + (t % 3 === 0 ? 0 : 8), n: pr.n + (t % 2 ? 32 : 0) };
			expect(runSplit(big, t).worst).toBeLessThan(1e-5);
		}
	});
});
