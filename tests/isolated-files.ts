// Unit test files that run each in a fresh process (the rest share one per worker, which spares
// every file loading the app's modules again): they replace modules or globals (vi.mock,
// vi.resetModules, vi.stubGlobal), or start threads whose timing the other files' leftovers
// would disturb. tests/architecture/isolation.test.ts keeps this list complete.

export const ISOLATED_FILES = [
	'tests/cli/internal-error.test.ts',
	'tests/components/diagram/slices.test.ts',
	'tests/components/typeset-queue.test.ts',
	'tests/engine/ops/custom-lazy.test.ts',
	'tests/fast/kernels/epilogue.test.ts',
	'tests/fast/kernels/threads.test.ts',
	'tests/fast/kernels/two-threads-training.test.ts',
	'tests/fast/train-command.test.ts',
	'tests/view/catch-up.test.ts',
	'tests/view/frames.test.ts',
	'tests/worker/worker-kernels.test.ts'
];
