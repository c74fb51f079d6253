import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { backstep } from './fake-io';

const COURSE = 'static/examples/course-2-2-2-textbook.json';
const EXACT = 'static/examples/course-2-2-2-exact.json';

interface JsonTrace {
	loss: number;
	values: Record<string, number>;
	gradients: Record<string, number>;
	updated: Record<string, number>;
	steps: { id: string; label: string; phase: string; formula: string; substituted: string; value: number; dependsOn: string[] }[];
}

async function solveJson(argv: string[]): Promise<JsonTrace> {
	const r = await backstep(['solve', ...argv, '--format', 'json']);
	expect(r.stderr).toBe('');
	expect(r.status).toBe(0);
	return JSON.parse(r.stdout) as JsonTrace;
}

/** KaTeX must parse every piece of math (trust off, errors thrown). */
function expectKatexParses(tex: string, displayMode: boolean) {
	expect(() => katex.renderToString(tex, { displayMode, throwOnError: true, trust: false, strict: 'ignore' })).not.toThrow();
}

// The default language comes from the locale: start every test from an English one.
beforeEach(() => {
	vi.stubEnv('LC_ALL', '');
	vi.stubEnv('LC_MESSAGES', '');
	vi.stubEnv('LANG', 'C.UTF-8');
});

afterEach(() => {
	vi.unstubAllEnvs();
});

describe('backstep solve', () => {
	it('prints the course’s worked solution as text, rounded to 2 decimals as on the course sheet', async () => {
		const r = await backstep(['solve', COURSE]);
		expect(r.status).toBe(0);
		expect(r.stderr).toBe('');
		// Forward values of the course sheet: H_1 0.56, H_2 0.50, O_1 0.48, O_2 0.53, E 0.21.
		expect(r.stdout).toMatch(/H_1\s+= .*= 0\.56$/m);
		expect(r.stdout).toMatch(/H_2\s+= .*= 0\.50$/m);
		expect(r.stdout).toMatch(/O_1\s+= .*= 0\.48$/m);
		expect(r.stdout).toMatch(/O_2\s+= .*= 0\.53$/m);
		expect(r.stdout).toMatch(/^\s*E = .*= 0\.21$/m);
		expect(r.stdout.endsWith('\n')).toBe(true);
	});

	it('prints docs/cli.md’s JSON: loss 0.21 when rounded, values, gradients, updated and ordered steps', async () => {
		const j = await solveJson([COURSE]);
		expect(j.loss).toBe(0.21);
		expect(j.values).toMatchObject({ 'z[1][1]': 0.25, 'a[1][1]': 0.56, 'a[1][2]': 0.5, 'a[2][1]': 0.48, 'a[2][2]': 0.53, E: 0.21 });
		expect(Object.keys(j.gradients).sort()).toEqual(
			['w[1][1][1]', 'w[1][1][2]', 'w[1][2][1]', 'w[1][2][2]', 'w[2][1][1]', 'w[2][1][2]', 'w[2][2][1]', 'w[2][2][2]'].sort()
		);
		expect(Object.keys(j.updated).sort()).toEqual(Object.keys(j.gradients).sort());
		const phases = j.steps.map((s) => s.phase);
		expect(phases.indexOf('loss')).toBeGreaterThan(phases.lastIndexOf('forward'));
		expect(phases.indexOf('backward')).toBeGreaterThan(phases.lastIndexOf('loss'));
		expect(phases.indexOf('update')).toBeGreaterThan(phases.lastIndexOf('backward'));
		const h1 = j.steps.find((s) => s.id === 'a[1][1]');
		expect(h1).toMatchObject({ label: 'H_1', phase: 'forward', value: 0.56, dependsOn: ['z[1][1]'] });
		for (const s of j.steps) {
			expectKatexParses(s.formula, true);
			expectKatexParses(s.substituted, true);
		}
	});

	it('computes in full precision without rounding: E = 0.2097 to 4 decimals', async () => {
		const j = await solveJson([EXACT]);
		expect(j.loss).toBeCloseTo(0.2097, 4);
		// ½(σ(0.1σ(0.25) − 0.3σ(−0.02)) − 0.23)² + ½(σ(−0.5σ(0.25) + 0.8σ(−0.02)) + 0.07)², worked independently.
		const s = (x: number) => 1 / (1 + Math.exp(-x));
		const h1 = s(0.2 * 0.5 + 0.5 * 0.3);
		const h2 = s(-0.4 * 0.5 + 0.6 * 0.3);
		const o1 = s(0.1 * h1 - 0.3 * h2);
		const o2 = s(-0.5 * h1 + 0.8 * h2);
		expect(j.loss).toBeCloseTo(0.5 * (o1 - 0.23) ** 2 + 0.5 * (o2 + 0.07) ** 2, 12);
	});

	it('--rounding D overrides the file’s rounding, --rounding none turns it off', async () => {
		const three = await solveJson([COURSE, '--rounding', '3']);
		expect(three.values['a[1][1]']).toBe(0.562);
		const none = await solveJson([COURSE, '--rounding', 'none']);
		const exact = await solveJson([EXACT]);
		expect(none.loss).toBe(exact.loss);
		expect(none.updated).toEqual(exact.updated);
		const rounded = await solveJson([EXACT, '--rounding', '2']);
		expect(rounded.values).toEqual((await solveJson([COURSE])).values);
	});

	it('rejects a --rounding that is not a number of decimals', async () => {
		expect(await backstep(['solve', COURSE, '--rounding', 'two'])).toEqual({
			status: 2,
			stdout: '',
			stderr: 'backstep solve: --rounding: expected a number of decimals from 0 to 10, or "none"; got "two"\n'
		});
	});

	it('reads the network from standard input with -', async () => {
		const fromFile = await backstep(['solve', COURSE, '--format', 'json']);
		const fromStdin = await backstep(['solve', '-', '--format', 'json'], { stdin: readFileSync(COURSE, 'utf8') });
		expect(fromStdin).toEqual(fromFile);
	});

	it('prints a LaTeX document whose every math block KaTeX parses', async () => {
		const r = await backstep(['solve', COURSE, '--format', 'tex']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('\\begin{document}');
		expect(r.stdout.trimEnd().endsWith('\\end{document}')).toBe(true);
		const blocks = [...r.stdout.matchAll(/\\begin\{align\*\}([\s\S]*?)\\end\{align\*\}/g)].map((m) => m[1]);
		expect(blocks.length).toBeGreaterThan(20);
		for (const b of blocks) expectKatexParses(`\\begin{aligned}${b}\\end{aligned}`, true);
		const outside = r.stdout.replace(/\\begin\{align\*\}[\s\S]*?\\end\{align\*\}/g, '');
		for (const m of outside.matchAll(/\$([^$]+)\$/g)) expectKatexParses(m[1], false);
	});

	it('prints Markdown whose every $$ block and $ inline KaTeX parses', async () => {
		const r = await backstep(['solve', COURSE, '--format', 'markdown']);
		expect(r.status).toBe(0);
		const blocks = [...r.stdout.matchAll(/\$\$\n([\s\S]*?)\n\$\$/g)].map((m) => m[1]);
		expect(blocks.length).toBeGreaterThan(20);
		for (const b of blocks) expectKatexParses(b, true);
		const outside = r.stdout.replace(/\$\$\n[\s\S]*?\n\$\$/g, '');
		for (const m of outside.matchAll(/\$([^$\n]+)\$/g)) expectKatexParses(m[1].replace(/\\\|/g, '|'), false);
		expect(r.stdout).toMatch(/^#+ /m);
	});

	it('writes in Traditional Chinese with --lang zh-TW or a zh_TW locale', async () => {
		const en = await backstep(['solve', COURSE]);
		const zh = await backstep(['solve', COURSE, '--lang', 'zh-TW']);
		expect(zh.status).toBe(0);
		expect(zh.stdout).not.toBe(en.stdout);
		expect(zh.stdout).toMatch(/[\u4e00-\u9fff]/);
		vi.stubEnv('LANG', 'zh_TW.UTF-8');
		expect((await backstep(['solve', COURSE])).stdout).toBe(zh.stdout);
		expect((await backstep(['solve', COURSE, '--lang', 'en'])).stdout).toBe(en.stdout);
	});

	it('rejects an unknown format, suggesting the nearest', async () => {
		expect(await backstep(['solve', COURSE, '--format', 'markdwn'])).toEqual({
			status: 2,
			stdout: '',
			stderr: 'backstep solve: --format: unknown "markdwn" — did you mean "markdown"? (one of: text, tex, markdown, json)\n'
		});
	});
});

describe('backstep solve on numbers past double precision', () => {
	const overflowing = (() => {
		const net = JSON.parse(readFileSync(EXACT, 'utf8'));
		net.layers[1].activation = 'linear';
		net.layers[2].activation = 'linear';
		net.layers[1].weights = [[1e200, 1e200], [1e200, 1e200]];
		net.samples[0].input = [1e200, 1e200];
		return JSON.stringify(net);
	})();

	it.each(['text', 'json', 'markdown', 'tex'])('stops with one line naming the step (exit 2), never printing ∞ or null as a result (%s)', async (format) => {
		const r = await backstep(['solve', 'big.json', '--format', format], { files: { 'big.json': overflowing } });
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/^backstep: big\.json: z\[1\]\[1\] \(z_H1\) overflows to \+∞/);
	});
});
