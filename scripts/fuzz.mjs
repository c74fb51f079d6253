// `npm run fuzz`: the fuzz suite (tests/fuzz) with many more inputs than `npm test` gives it, then
// each reader's figures: inputs, how they ended, the slowest one. Usage: node scripts/fuzz.mjs [RUNS]
// (inputs per property, default 1,000; 13 properties).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(runs) || runs < 1) {
	console.error(`fuzz: "${process.argv[2]}" is not a number of runs`);
	process.exit(2);
}
const report = mkdtempSync(join(tmpdir(), 'backstep-fuzz-'));
const started = Date.now();
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/fuzz', '--testTimeout', '0'], {
	stdio: 'inherit',
	env: { ...process.env, BACKSTEP_FUZZ_RUNS: String(runs), BACKSTEP_FUZZ_REPORT: report }
});
const seconds = (Date.now() - started) / 1000;

const totals = new Map();
for (const file of readdirSync(report)) {
	for (const [reader, fig] of Object.entries(JSON.parse(readFileSync(join(report, file), 'utf8')))) {
		const t = totals.get(reader) ?? { inputs: 0, outcomes: {}, slowestMs: 0 };
		t.inputs += fig.inputs;
		t.slowestMs = Math.max(t.slowestMs, fig.slowestMs);
		for (const [o, n] of Object.entries(fig.outcomes)) t.outcomes[o] = (t.outcomes[o] ?? 0) + n;
		totals.set(reader, t);
	}
}
rmSync(report, { recursive: true, force: true });

const rows = [...totals].map(([reader, t]) => [
	reader,
	String(t.inputs),
	Object.entries(t.outcomes)
		.sort()
		.map(([o, n]) => `${o} ${n}`)
		.join(', '),
	`${t.slowestMs.toFixed(0)} ms`
]);
const all = [...totals.values()].reduce((n, t) => n + t.inputs, 0);
const widths = [0, 1, 2, 3].map((c) => Math.max(...[['reader', 'inputs', 'outcomes', 'slowest'], ...rows].map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === 1 || c === 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
console.log(`\n${line(['reader', 'inputs', 'outcomes', 'slowest'])}`);
for (const r of rows) console.log(line(r));
const ok = vitest.status === 0;
console.log(`\n${all} inputs in ${seconds.toFixed(0)} s: ${ok ? '0 crashes, 0 hangs over 10 s, 0 non-finite outputs' : 'FAILED (see above)'}`);
process.exit(vitest.status ?? 1);
