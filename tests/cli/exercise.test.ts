import { describe, expect, it } from 'vitest';
import { fakeIO } from './fake-io';
import { main } from '../../src/cli/main';

async function run(argv: string[]) {
	const files: Record<string, string> = {};
	const { io, out, err } = fakeIO({ files });
	const status = await main(argv, io);
	return { status, stdout: out.join(''), stderr: err.join(''), files };
}

describe('backstep exercise', () => {
	it('writes the variants, the key and the printable pages into DIR', async () => {
		const r = await run(['exercise', 'static/examples/course-2-2-2.json', '--count', '3', '--seed', '7', '--out', 'class-a/', '--lang', 'zh-TW']);
		expect(r.status).toBe(0);
		expect(Object.keys(r.files).sort()).toEqual(['class-a/key.html', 'class-a/key.json', 'class-a/variant-001.json', 'class-a/variant-002.json', 'class-a/variant-003.json', 'class-a/worksheets.html']);
		expect(r.stdout).toContain('static/examples/course-2-2-2.json 的 3 份變體（種子 7），每份 21 題');
		expect(r.files['class-a/worksheets.html']).toContain('lang="zh-TW"');
		expect(r.files['class-a/worksheets.html']).toContain('http://localhost:4173/check#state=');
	});

	it('gives the same files for the same seed', async () => {
		const a = await run(['exercise', 'static/examples/course-2-2-2.json', '--count', '2', '--out', 'x', '--site', 'https://example.org/b/']);
		const b = await run(['exercise', 'static/examples/course-2-2-2.json', '--count', '2', '--out', 'x', '--site', 'https://example.org/b/']);
		expect(a.files).toEqual(b.files);
		expect(a.files['x/worksheets.html']).toContain('https://example.org/b/check#state=');
	});

	it.each([
		[['--count', '0', '--out', 'x'], '--count: expected a whole number from 1 to 500, not "0"'],
		[['--count', '2'], '--out DIR is required'],
		[['--out', 'x'], '--count is required'],
		[['--count', '2', '--out', 'x', '--site', 'javascript:alert(1)'], '--site: expected the site\'s address']
	])('refuses %j (exit 2)', async (args, message) => {
		const r = await run(['exercise', 'static/examples/course-2-2-2.json', ...args]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(message);
		expect(r.stdout).toBe('');
	});
});
