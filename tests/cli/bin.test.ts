import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('bin/backstep.mjs', () => {
	it('runs as a real process: --help prints the usage and exits 0', () => {
		const r = spawnSync(process.execPath, ['bin/backstep.mjs', '--help'], { encoding: 'utf8', timeout: 20_000 });
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^Usage: backstep COMMAND/);
		expect(r.status).toBe(0);
	});

	it('trains with the relaxed-SIMD kernels on this Node, flag or not (Node 20 has them behind one; a small network keeps to one thread)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'backstep-bin-'));
		const net = { layers: [{ size: 2 }, { size: 64, activation: 'relu' }, { size: 1, activation: 'sigmoid' }], loss: 'binary_crossentropy', optimizer: { type: 'sgd', learningRate: 0.5 }, init: 'glorot_uniform', seed: 1 };
		writeFileSync(join(dir, 'net.json'), JSON.stringify(net));
		const r = spawnSync(process.execPath, ['bin/backstep.mjs', 'train', join(dir, 'net.json'), '--data', 'xor', '--epochs', '3', '--json'], { encoding: 'utf8', timeout: 60_000 });
		rmSync(dir, { recursive: true, force: true });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		const { final } = JSON.parse(r.stdout) as { final: { kernels: string; samplesPerSecond: number } };
		expect(final.kernels).toBe('wasm-relaxed-simd');
	});
});
