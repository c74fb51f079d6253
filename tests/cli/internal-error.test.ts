// A bug (anything but a user's mistake) ends with a short "internal error" message and exit 70:
// no stack trace unless BACKSTEP_DEBUG is set, and nothing on standard output.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { backstep } from './fake-io';

vi.mock('../../src/lib/engine/concepts/summary', () => ({
	summarize: () => {
		throw new TypeError("Cannot read properties of undefined (reading 'size')");
	}
}));

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('backstep on a bug', () => {
	it('prints a short internal-error message and exits 70', async () => {
		vi.stubEnv('BACKSTEP_DEBUG', '');
		expect(await backstep(['summary', 'static/examples/course-2-2-2.json'])).toEqual({
			status: 70,
			stdout: '',
			stderr:
				"backstep: internal error: Cannot read properties of undefined (reading 'size')\n" +
				'(this is a bug in backstep, not in your input; please report it)\n'
		});
	});

	it('adds the stack with BACKSTEP_DEBUG=1', async () => {
		vi.stubEnv('BACKSTEP_DEBUG', '1');
		const r = await backstep(['summary', 'static/examples/course-2-2-2.json']);
		expect(r.status).toBe(70);
		expect(r.stderr).toMatch(/\n {4}at /);
	});
});
