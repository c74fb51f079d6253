// The package as a user gets it: `npm pack` (dist/ is built before the unit tests), installed into
// an empty folder with no network, then the four commands run from there, the library imported from
// an ES module (docs/library.md's own examples) and from TypeScript, whose types must resolve.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir = '';
let app = '';
let tarball = '';
let files: string[] = [];

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}) {
	const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 120_000, ...options });
	return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const backstep = (...args: string[]) => run(join(app, 'node_modules/.bin/backstep'), args, { cwd: app });

beforeAll(() => {
	if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/ is not built: run "npm run build:cli" (npm run test:unit does it first)');
	dir = mkdtempSync(join(tmpdir(), 'backstep-pack-'));
	const pack = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT });
	expect(pack.status, pack.stderr).toBe(0);
	const info = JSON.parse(pack.stdout)[0] as { filename: string; files: { path: string }[] };
	tarball = join(dir, info.filename);
	files = info.files.map((f) => f.path);
	app = join(dir, 'app');
	mkdirSync(app);
	writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
	const install = run(NPM, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app });
	expect(install.status, install.stderr).toBe(0);
}, 240_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
	it('holds what runs and nothing of the checkout’s tests or tools', () => {
		for (const f of ['bin/backstep.mjs', 'dist/cli.js', 'dist/index.js', 'dist/train.js', 'dist/node-helper-entry.js', 'dist/types/lib/engine/api.d.ts', 'static/data/digits.bin', 'schema/network.schema.json', 'LICENSE', 'NOTICE', 'docs/library.md'])
			expect(files, f).toContain(f);
		expect(files.filter((f) => /^(tests|bench|src|scripts|\.ci)\//.test(f))).toEqual([]);
		const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
		expect(pkg.dependencies ?? {}).toEqual({});
	});
	it('runs solve, check, summary and train where it is installed', () => {
		const course = join(app, 'node_modules/backstep/static/examples/course-2-2-2.json');
		const solve = backstep('solve', course, '--format', 'json');
		expect(solve.status, solve.stderr).toBe(0);
		expect(JSON.parse(solve.stdout).values.E).toBeCloseTo(0.21, 10);
		writeFileSync(join(app, 'answers.json'), '{"H_1": 0.56, "E": 0.21}');
		const check = backstep('check', course, join(app, 'answers.json'), '--json');
		expect(check.status, check.stderr).toBe(0);
		expect(JSON.parse(check.stdout).summary.correct).toBe(2);
		const summary = backstep('summary', join(app, 'node_modules/backstep/static/examples/course-mlp-784-300-200-100-10.json'));
		expect(summary.status, summary.stderr).toBe(0);
		expect(summary.stdout).toMatch(/316,810|316810/);
		writeFileSync(join(app, 'small.json'), JSON.stringify({ layers: [{ size: 784 }, { size: 16, activation: 'relu', init: 'he_uniform' }, { size: 10, activation: 'softmax', init: 'glorot_uniform' }], loss: 'categorical_crossentropy', optimizer: { type: 'sgd', learningRate: 0.1 }, samples: [] }));
		const train = backstep('train', join(app, 'small.json'), '--data', 'digits', '--epochs', '1', '--json');
		expect(train.status, train.stderr).toBe(0);
		expect(JSON.parse(train.stdout).final.valAccuracy).toBeGreaterThan(0.6);
	});
	it('writes a class set with exercise and marks a class with grade where it is installed', () => {
		const course = join(app, 'node_modules/backstep/static/examples/course-2-2-2.json');
		const set = join(app, 'set');
		const exercise = backstep('exercise', course, '--count', '2', '--seed', '3', '--out', set);
		expect(exercise.status, exercise.stderr).toBe(0);
		expect(readFileSync(join(set, 'worksheets.html'), 'utf8')).toMatch(/<svg[^>]*role="img"/); // the QR codes
		const key = JSON.parse(readFileSync(join(set, 'key.json'), 'utf8')) as Record<string, Record<string, number>>;
		writeFileSync(join(app, 'class.csv'), `student,variant,Error\nAda,variant-001,${key['variant-001'].Error}\nBo,variant-002,\n`);
		const grade = backstep('grade', set, join(app, 'class.csv'), '--json');
		expect(grade.status, grade.stderr).toBe(0);
		const book = JSON.parse(grade.stdout) as { students: { student: string; correct: number; unanswered: number }[] };
		expect(book.students.map((s) => [s.student, s.correct, s.unanswered])).toEqual([['Ada', 1, 0], ['Bo', 0, 1]]);
	});
	it('imports as an ES module: every example of docs/library.md runs', () => {
		const doc = readFileSync(join(ROOT, 'docs/library.md'), 'utf8');
		const blocks = [...doc.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
		expect(blocks.length).toBeGreaterThanOrEqual(2);
		blocks.forEach((code, k) => {
			writeFileSync(join(app, `example-${k}.mjs`), code);
			const r = run(process.execPath, [`example-${k}.mjs`], { cwd: app });
			expect(r.status, `example ${k}: ${r.stderr}`).toBe(0);
			expect(r.stdout).not.toMatch(/false|NaN|undefined/);
		});
	});
	it('type-checks from TypeScript, and a wrong use is a type error', () => {
		const tsc = (source: string) => {
			writeFileSync(join(app, 'use.ts'), source);
			return run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules/@types'), 'use.ts'], { cwd: app });
		};
		const good = tsc(`import { validateNetwork, buildTrace, type Trace } from 'backstep';\nimport { trainNetwork } from 'backstep/train';\nconst t: Trace = buildTrace(validateNetwork({}));\nconst n: number = t.steps.length;\nvoid trainNetwork; void n;\n`);
		expect(good.status, good.stdout + good.stderr).toBe(0);
		const bad = tsc(`import { buildTrace } from 'backstep';\nconst n: number = buildTrace;\nvoid n;\n`);
		expect(bad.status).not.toBe(0);
		expect(bad.stdout).toMatch(/TS2322/);
	});
});
