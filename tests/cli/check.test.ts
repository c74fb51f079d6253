import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backstep } from './fake-io';

const NET = 'static/examples/course-2-2-2-textbook.json';
const SHEET = 'static/examples/answers/course-sheet.json';

describe('backstep check', () => {
	it('marks the course sheet: one line per answer, the working and the mistake under each ✗, exit 1', async () => {
		const r = await backstep(['check', NET, SHEET, '--lang', 'en']);
		expect(r.status).toBe(1);
		expect(r.stderr).toBe('');
		const lines = r.stdout.split('\n');
		expect(lines[0]).toBe(`Marking ${SHEET} against ${NET} (Course example: 2-2-2 sigmoid network, textbook steps)`);
		expect(lines[1]).toBe(
			'Exact values are at full precision. Answers must be written to at least 2 decimals, as the network asks; one written with d decimals is accepted within 10^-d of the exact value.'
		);
		expect(lines).toContain('✓ H_1      0.56  exact 0.5622');
		expect(lines).toContain('✓ H_2      0.50  exact 0.495');
		expect(lines).toContain('✓ dE/dw_8  0.07  exact 0.0738');
		expect(lines).toContain('✗ dE/dw_1  0.01  exact -0.0084 (±0.01)');
		const at = lines.indexOf('✗ dE/dw_1  0.01  exact -0.0084 (±0.01)');
		expect(lines[at + 1]).toMatch(
			/^ {4}working \(rounded as the file asks\): ∂E\/∂w_1 = .* = δ_H1 x_1 = \(-0\.02\) · 0\.50? = -0\.01$/
		);
		expect(lines[at + 2]).toBe(
			'    likely mistake: adding the weight gradients ∂E/∂w_5 + ∂E/∂w_6 where the deltas times the weights, δ_O1·w_5 + δ_O2·w_6, belong: ∂E/∂H_1 back-propagates δ·w, not ∂E/∂w'
		);
		expect(lines.filter((l) => l.startsWith('✓'))).toHaveLength(13);
		expect(lines.filter((l) => l.startsWith('✗'))).toHaveLength(2);
		expect(lines.at(-2)).toBe('13 correct, 0 imprecise, 0 carried, 2 wrong, 0 unknown');
	});

	it('prints the JSON of docs/checking.md with --json: results, summary, precision, remarks', async () => {
		const r = await backstep(['check', NET, SHEET, '--json', '--lang', 'en']);
		expect(r.status).toBe(1);
		const json = JSON.parse(r.stdout);
		expect(Object.keys(json)).toEqual(['results', 'summary', 'precision', 'remarks']);
		expect(json.summary).toEqual({ correct: 13, imprecise: 0, carried: 0, wrong: 2, unknown: 0 });
		expect(json.precision).toEqual({ decimals: 2 });
		expect(json.remarks).toEqual([]);
		for (const result of json.results) {
			expect(Object.keys(result)).toEqual(['key', 'id', 'given', 'expected', 'verdict', 'note', 'suggestion']);
		}
		const w1 = json.results.find((x: { key: string }) => x.key === 'dE/dw_1');
		expect(w1).toMatchObject({ id: 'dE/dw[1][1][1]', given: 0.01, verdict: 'wrong' });
		expect(w1.expected).toBeCloseTo(-0.0084213, 6);
		expect(w1.note).toContain('likely mistake: matches adding the weight gradients');
	});

	it('exits 0 when every answer is correct', async () => {
		const r = await backstep(['check', NET, '-', '--json'], { stdin: '{"H_1": 0.56, "dE/dw_5": 0.03, "w_5\'": 0.08}' });
		expect(JSON.parse(r.stdout).summary).toEqual({ correct: 3, imprecise: 0, carried: 0, wrong: 0, unknown: 0 });
		expect(r.status).toBe(0);
	});

	it('exits 1 when an answer is only carried (docs/checking.md: carried is not accepted)', async () => {
		const r = await backstep(['check', NET, 'a.json', '--lang', 'en', '--min-decimals', '1'], {
			files: { 'a.json': '{"H_1": 0.9, "O_1": 0.4854}' }
		});
		expect(r.status).toBe(1);
		// 0.9 is 0.34 from H_1 = 0.5622; O_1 = σ(0.1·0.9 − 0.3·0.495) = 0.4854 follows from it.
		expect(r.stdout).toContain('✗ H_1     0.9  exact 0.5622 (±0.1)');
		expect(r.stdout).toContain('~ O_1  0.4854  exact 0.476946  (carried)');
		expect(r.stdout).toContain('this step gives 0.485379 (error carried forward)');
		expect(r.stdout).toContain('from your earlier answer H_1 = 0.9, which is not correct');
	});

	it('exits 1 and lists unknown keys', async () => {
		const r = await backstep(['check', NET, 'a.json', '--lang', 'en'], { files: { 'a.json': '{"H_3": 0.50, "q_1": 0.50}' } });
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('? H_3  0.50  unknown key: did you mean H_1 or H_2?');
		expect(r.stdout).toContain("? q_1  0.50  unknown key: not an id or a label of this network (e.g. H_1, a[1][1], dE/dw_5, δ_O1, w_5')");
		expect(r.stdout).toContain('0 correct, 0 imprecise, 0 carried, 0 wrong, 2 unknown');
	});

	it('writes the sheet in Traditional Chinese with --lang zh-TW', async () => {
		const r = await backstep(['check', NET, SHEET, '--lang', 'zh-TW']);
		expect(r.stdout).toContain('✓ H_1      0.56  精確值 0.5622');
		expect(r.stdout).toContain('正確 13，精度不足 0，連帶 0，錯誤 2，不明 0');
		expect(r.stdout).toContain('可能的錯誤：與「把權重梯度 ∂E/∂w_5 + ∂E/∂w_6 相加」的結果相符');
	});

	describe('no loophole, no silent pass (issue #13)', () => {
		const COURSE = 'static/examples/course-2-2-2.json';

		it('marks whole numbers within ±1 imprecise on the course network, and exits 1', async () => {
			const r = await backstep(['check', COURSE, '-', '--lang', 'en'], { stdin: `{"O_1": 1, "O_2": 0, "E": 0, "dE/dw_5": 0, "w_8'": 1}` });
			expect(r.status).toBe(1);
			expect(r.stdout).toContain('≈ O_1      1  exact 0.4769  (imprecise: 0 decimals, at least 2 expected)');
			expect(r.stdout).toContain('0 correct, 5 imprecise, 0 carried, 0 wrong, 0 unknown');
		});

		it('exits 1 for an empty sheet and for one with no key of the network, saying why', async () => {
			const empty = await backstep(['check', COURSE, '-', '--lang', 'en'], { stdin: '{}' });
			expect(empty.status).toBe(1);
			expect(empty.stdout).toContain('Note: no answers to mark: the sheet is empty.');
			const foreign = await backstep(['check', COURSE, '-', '--lang', 'en'], { stdin: '{"net_o1": 1.11, "q": 0.50}' });
			expect(foreign.status).toBe(1);
			expect(foreign.stdout).toContain('is this the right network?');
		});

		it('takes --min-decimals N, and refuses a value that is not a number of decimals', async () => {
			const coarse = await backstep(['check', COURSE, '-', '--json'], { stdin: '{"H_1": 0.6}' });
			expect(JSON.parse(coarse.stdout).results[0].verdict).toBe('imprecise');
			const one = await backstep(['check', COURSE, '-', '--json', '--min-decimals', '1'], { stdin: '{"H_1": 0.6}' });
			expect(one.status).toBe(0);
			expect(JSON.parse(one.stdout).precision).toEqual({ decimals: 1 });
			const bad = await backstep(['check', COURSE, '-', '--min-decimals', 'two', '--lang', 'en'], { stdin: '{}' });
			expect(bad).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep check: --min-decimals: expected a whole number of decimals from 0 to 15, not "two"\n'
			});
		});

		it('suggests keys of this network, and the updated parameter for its value under the old name', async () => {
			const r = await backstep(['check', COURSE, '-', '--lang', 'en'], { stdin: '{"o1": 0.48, "b_1": 0.10, "w_8": 0.76}' });
			expect(r.stdout).toContain('? o1   0.48  unknown key: did you mean O_1?');
			expect(r.stdout).toContain('? b_1  0.10  unknown key: this network has no biases');
			expect(r.stdout).toContain("    likely mistake: this is the updated value w_8': did you mean w_8'?");
		});
	});

	it('shows its current output in docs/cli.md', async () => {
		const doc = readFileSync('docs/cli.md', 'utf8');
		for (const stdin of [`{"H_1": 0.56, "O_1": 0.48, "E": 0.21, "dE/dw_5": 0.03, "w_5'": 0.08}`, `{"O_1": 1, "o2": 0.53, "w_8": 0.76, "w_4'": 0.60}`]) {
			const r = await backstep(['check', 'static/examples/course-2-2-2.json', '-', '--lang', 'en'], { stdin });
			expect(doc).toContain(r.stdout.trimEnd());
		}
	});

	describe('--lang zh-TW everywhere', () => {
		it('writes --json notes and remarks in Chinese', async () => {
			const r = await backstep(['check', NET, '-', '--json', '--lang', 'zh-TW'], { stdin: '{"H_1": 0.9, "O_1": 0.4854, "q": 1.00}' });
			const json = JSON.parse(r.stdout);
			expect(json.results[0].note).toMatch(/^應為 0\.5622/);
			expect(json.results[1].note).toContain('（連帶）');
			expect(json.results[2].note).toMatch(/^不明的鍵：/);
		});

		it('writes exit-2 messages in Chinese', async () => {
			const bad = (answers: string, extra: string[] = []) =>
				backstep(['check', NET, 'answers.json', '--lang', 'zh-TW', ...extra], { files: { 'answers.json': answers } });
			expect((await bad('{"H_1": 0.56,}')).stderr).toBe('backstep: answers.json: JSON 格式錯誤（第 1 行第 14 欄）：應為字串，卻是"}"\n');
			expect((await bad('{"dE/dw_5": "0.03"}')).stderr).toBe('backstep: answers.json: ["dE/dw_5"]: 應為數字，而不是字串 "0.03"\n');
			expect((await bad('{"H_1": 0.56, "a[1][1]": 0.56}')).stderr).toBe(
				'backstep: answers.json: ["a[1][1]"]: 與「H_1」回答的是同一個量（a[1][1]）\n'
			);
			expect((await bad('{}', ['--jsn'])).stderr).toBe('backstep check: 未知的選項 "--jsn"——你是不是要用 "--json"？\n');
			const missing = await backstep(['check', NET, 'no/such.json', '--lang', 'zh-TW']);
			expect(missing).toEqual({ status: 2, stdout: '', stderr: 'backstep: 無法讀取 "no/such.json"：找不到這個檔案\n' });
			const both = await backstep(['check', '-', '-', '--lang=zh-TW'], { stdin: '{}' });
			expect(both.stderr).toBe('backstep check: FILE 與 ANSWERS 不能都是標準輸入（-）\n');
		});
	});

	describe('bad input: exit 2, one message naming the file and the place, nothing on standard output', () => {
		const bad = async (answers: string) => backstep(['check', NET, 'answers.json'], { files: { 'answers.json': answers } });

		it('malformed JSON', async () => {
			expect(await bad('{"H_1": 0.56,}')).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep: answers.json: malformed JSON at line 1, column 14: expected a string, found "}"\n'
			});
		});

		it('a value that is not a number', async () => {
			expect(await bad('{"dE/dw_5": "0.03"}')).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep: answers.json: ["dE/dw_5"]: expected a number, not a string "0.03"\n'
			});
		});

		it('not an object', async () => {
			expect(await bad('[0.56]')).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep: answers.json: expected an object of answers, e.g. {"H_1": 0.56}, not an array\n'
			});
		});

		it('a key given twice, and two keys for one quantity', async () => {
			expect((await bad('{"H_1": 0.56, "H_1": 0.56}')).stderr).toBe(
				'backstep: answers.json: H_1: the key is given twice (line 1, column 2 and line 1, column 15)\n'
			);
			expect(await bad('{"H_1": 0.56, "a[1][1]": 0.56}')).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep: answers.json: ["a[1][1]"]: answers the same quantity (a[1][1]) as "H_1"\n'
			});
		});

		it('a missing answers file', async () => {
			const r = await backstep(['check', NET, 'no/such/answers.json']);
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toContain('no/such/answers.json');
		});

		it('a missing argument, and both from standard input', async () => {
			const missing = await backstep(['check', NET]);
			expect(missing.status).toBe(2);
			expect(missing.stderr).toContain('missing ANSWERS');
			const both = await backstep(['check', '-', '-'], { stdin: '{}' });
			expect(both).toEqual({
				status: 2,
				stdout: '',
				stderr: 'backstep check: FILE and ANSWERS cannot both be standard input (-)\n'
			});
		});

		it('a bad network file names the network file', async () => {
			const r = await backstep(['check', 'net.json', 'a.json'], { files: { 'net.json': '{"layers": 3}', 'a.json': '{}' } });
			expect(r.status).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(/^backstep: net\.json: layers/);
		});
	});
});

describe('backstep check on extreme answers (#19)', () => {
	it('quotes a 20,000-character key in part instead of padding every line to its length', async () => {
		const answers = JSON.stringify({ ['k'.repeat(20_000)]: 1, H_1: 0.56 });
		const r = await backstep(['check', NET, 'a.json'], { files: { 'a.json': answers } });
		expect(r.status).toBe(1);
		expect(r.stdout.length).toBeLessThan(2_000);
		expect(r.stdout).toMatch(/k{39}…/);
	});

	it('gives a finite tolerance for an answer written with 324 decimals', async () => {
		const r = await backstep(['check', NET, 'a.json'], { files: { 'a.json': '{"H_1": 5e-324}' } });
		expect(r.stdout).toContain('(±1e-323)');
		expect(r.stdout).not.toMatch(/Infinity|NaN/);
	});
});
