// Run in a child Node with --experimental-wasm-relaxed-simd by relaxed.test.ts: prints the
// relaxed-SIMD kernel's worst scaled error as JSON, or {"supported": false}.

import { wasmKernels, wasmSupported } from '../../../src/lib/fast/kernels/wasm';
import { blockEdgeProblems, oddProblems, oneRowProblems, worstError } from './gemm-check';

if (!wasmSupported('wasm-relaxed-simd')) {
	console.log(JSON.stringify({ supported: false }));
} else {
	const odd = worstError(wasmKernels('wasm-relaxed-simd'), oddProblems(11, 6), 12);
	const oneRow = worstError(wasmKernels('wasm-relaxed-simd'), oneRowProblems(14, 10), 15);
	const edges = worstError(wasmKernels('wasm-relaxed-simd'), blockEdgeProblems(), 13);
	console.log(JSON.stringify({ supported: true, odd, oneRow, edges }));
}
