// The training worker's kernels: a helper thread only where the page is cross-origin isolated, has
// three cores or more (two leave none for the browser's own threads) and trains a network large
// enough to split its products.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { disposeKernels } from '../../src/lib/fast/kernels/index';
import { workerKernels } from '../../src/lib/worker/worker-kernels';

const DIGITS_MLP = 316_810;

function kernelsOn(isolated: boolean, cores: number | undefined, parameters = DIGITS_MLP): string {
	vi.stubGlobal('crossOriginIsolated', isolated);
	vi.stubGlobal('navigator', cores === undefined ? {} : { hardwareConcurrency: cores });
	const kernels = workerKernels('f32', parameters);
	disposeKernels(kernels); // no memory reserved yet: no helper was started
	return kernels.name;
}

describe('workerKernels', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('runs two threads on an isolated page with three cores or more', () => {
		expect(kernelsOn(true, 3)).toMatch(/-2threads$/);
		expect(kernelsOn(true, 8)).toMatch(/-2threads$/);
	});

	it('runs one thread on two cores, without isolation, with an unknown core count, or for a small network', () => {
		expect(kernelsOn(true, 2)).not.toMatch(/threads/);
		expect(kernelsOn(false, 8)).not.toMatch(/threads/);
		expect(kernelsOn(true, undefined)).not.toMatch(/threads/);
		expect(kernelsOn(true, 8, 500)).not.toMatch(/threads/);
	});
});
