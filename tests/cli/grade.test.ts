import { describe, expect, it } from 'vitest';
import { fakeIO } from './fake-io';
import { main } from '../../src/cli/main';

async function run(argv: string[], files: Record<string, string>) {
	const { io, out, err } = fakeIO({ files });
	const status = await main(argv, io);
	return { status, stdout: out.join(''), stderr: err.join(''), files };
}

describe('backstep grade', () => {
	it('marks a class against the set backstep exercise wrote, with problems by line and column', async () => {
		const files: Record<string, string> = {};
		expect((await run(['exercise', 'static/examples/course-2-2-2.json', '--count', '2', '--out', 'set'], files)).status).toBe(0);
		const key = JSON.parse(files['set/key.json']) as Record<string, Record<string, number>>;
		const v1 = key['variant-001'];
		files['class.csv'] = [
			'student,variant,H_1,Error',
			`ann,variant-001,${v1.H_1.toFixed(2)},${v1.Error.toFixed(2)}`,
			`ben,2,oops,`,
			`cat,variant-404,0.5,0.1`
		].join('\n');
		const r = await run(['grade', 'set', 'class.csv', '--json', '--credit-carried', 'none', '--out', 'book.csv'], files);
		expect(r.status).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.students).toEqual([
			{ student: 'ann', variant: 'variant-001', score: 2, correct: 2, carried: 0, wrong: 0, imprecise: 0, unknown: 0, unanswered: 0 },
			{ student: 'ben', variant: 'variant-002', score: 0, correct: 0, carried: 0, wrong: 0, imprecise: 0, unknown: 0, unanswered: 2 }
		]);
		expect(json.questions[0]).toEqual({ key: 'H_1', correct: 1, carried: 0, wrong: 0, mistakes: {} });
		expect(json.problems.map((p: { line: number; column: number }) => [p.line, p.column])).toEqual([[3, 3], [4, 2]]);
		expect(files['book.csv'].split('\r\n')[0]).toBe('student,variant,score,total,correct,carried,wrong,imprecise,unknown,unanswered,H_1,Error');
	});

	it('exits 2 when the set cannot be read', async () => {
		const r = await run(['grade', 'no-such-dir', 'class.csv'], { 'class.csv': 'student,variant,H_1\n' });
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('no-such-dir/key.json');
		expect(r.stdout).toBe('');
	});

	it('exits 2 for a class file without the header', async () => {
		const files: Record<string, string> = {};
		await run(['exercise', 'static/examples/course-2-2-2.json', '--count', '1', '--out', 'set'], files);
		files['class.csv'] = 'name,H_1\nann,0.5\n';
		const r = await run(['grade', 'set', 'class.csv'], files);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('class.csv: line 1: expected the header to start with student,variant');
	});
});
