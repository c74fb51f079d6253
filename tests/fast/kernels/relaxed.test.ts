import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wasmKernels, wasmSupported } from '../../../src/lib/fast/kernels/wasm';
import { oddProblems, worstError } from './gemm-check';

describe('wasmKernels("wasm-relaxed-simd")', () => {
	it('validates exactly where the runtime has relaxed SIMD (Node 20: not without the flag)', () => {
		const major = Number(process.versions.node.split('.')[0]);
		if (major === 20) expect(wasmSupported('wasm-relaxed-simd')).toBe(false);
		if (wasmSupported('wasm-relaxed-simd')) {
			expect(worstError(wasmKernels('wasm-relaxed-simd'), oddProblems(31, 4), 32)).toBeLessThan(1e-5);
		}
	});

	it('gemm matches the naive product to 1e-5 relative in a Node run with --experimental-wasm-relaxed-simd', () => {
		const script = fileURLToPath(new URL('./check-relaxed.ts', import.meta.url));
		const out = execFileSync(process.execPath, ['--experimental-wasm-relaxed-simd', '--import', 'tsx', script], {
			encoding: 'utf8'
		});
		const result = JSON.parse(out) as { supported: boolean; odd: number; oneRow: number; edges: number };
		expect(result.supported).toBe(true);
		expect(result.odd).toBeLessThan(1e-5);
		expect(result.oneRow).toBeLessThan(1e-5);
		expect(result.edges).toBeLessThan(1e-5);
	});
});
