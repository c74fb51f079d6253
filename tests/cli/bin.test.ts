import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('bin/backstep.mjs', () => {
	it('runs as a real process: --help prints the usage and exits 0', () => {
		const r = spawnSync(process.execPath, ['bin/backstep.mjs', '--help'], { encoding: 'utf8', timeout: 20_000 });
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/^Usage: backstep COMMAND/);
		expect(r.status).toBe(0);
	});
});
