import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { answersFrom, groupByPhase, markSheet, readTyped, splitPasted, worksheetRows } from '../../../src/lib/view/check/sheet';
import { KeyResolver, parseAnswers } from '../../../src/lib/engine/check';
import course from '../../../static/examples/course-2-2-2-textbook.json';
import sheet from '../../../static/examples/answers/course-sheet.json';
import { readFileSync } from 'node:fs';

const net = validateNetwork(course);
const hand = buildTrace(net);
const exact = buildTrace({ ...net, rounding: null });
const rows = worksheetRows(exact);
const resolver = new KeyResolver(exact);
const sheetText = readFileSync(new URL('../../../static/examples/answers/course-sheet.json', import.meta.url), 'utf8');

/** The course sheet's answers typed into the worksheet, by quantity id, as written in the file. */
function courseTyped(): Record<string, string> {
	return splitPasted(parseAnswers(sheetText), (k) => resolver.resolve(k).id, rows).typed;
}

describe('the worksheet rows', () => {
	it('has one row per step of the trace, labelled with the network\'s labels, in phase order', () => {
		expect(rows.map((r) => r.id)).toEqual(exact.steps.map((s) => s.id));
		expect(rows.find((r) => r.id === 'a[1][1]')?.label).toBe('H_1');
		expect(rows.find((r) => r.id === 'dE/dw[2][1][1]')?.label).toBe('\\frac{\\partial E}{\\partial w_5}');
		const groups = groupByPhase(rows);
		expect(groups.map((g) => g.phase)).toEqual(['forward', 'loss', 'backward', 'update']);
		expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
		expect(groups[1].rows.map((r) => r.id)).toEqual(['E']);
	});

	it('marks each answer under its plain label, so the notes name quantities as the sheet does', () => {
		const key = (id: string) => rows.find((r) => r.id === id)?.key;
		expect(key('a[1][1]')).toBe('H_1');
		expect(key('z[1][1]')).toBe('z_H1');
		expect(key('delta[2][1]')).toBe('δ_O1');
		expect(key('dE/dw[2][1][1]')).toBe('∂E/∂w_5');
		expect(key("w[2][1][1]'")).toBe("w_5'");
		for (const r of rows) expect(resolver.resolve(r.key).id).toBe(r.id);
	});
});

describe('reading a typed answer', () => {
	it('keeps the written decimals, which set the tolerance', () => {
		expect(readTyped('0.50')).toEqual({ value: 0.5, written: '0.50' });
		expect(readTyped(' 0.5 ')).toEqual({ value: 0.5, written: '0.5' });
		expect(readTyped('1.5e-3')).toEqual({ value: 0.0015, written: '1.5e-3' });
	});

	it('normalises what a person types to JSON\'s number form', () => {
		expect(readTyped('.5')).toEqual({ value: 0.5, written: '0.5' });
		expect(readTyped('+0.25')).toEqual({ value: 0.25, written: '0.25' });
		expect(readTyped('−0.07')).toEqual({ value: -0.07, written: '-0.07' });
		expect(readTyped('3.')).toEqual({ value: 3, written: '3' });
		expect(readTyped('007.1')).toEqual({ value: 7.1, written: '7.1' });
	});

	it('is blank for empty text and invalid for anything but a number', () => {
		expect(readTyped('')).toBeNull();
		expect(readTyped('   ')).toBeNull();
		for (const bad of ['abc', '0.5.1', '1,5', '-', 'Infinity', '1e999', '0x10']) expect(readTyped(bad)).toBe('invalid');
	});

	it('leaves blank and invalid answers out of the answers marked', () => {
		const answers = answersFrom(rows, { 'a[1][1]': '0.56', 'a[1][2]': '', 'a[2][1]': 'x' });
		expect(answers).toEqual([{ key: 'H_1', value: 0.56, written: '0.56' }]);
	});
});

describe('marking the course sheet', () => {
	it('marks ∂E/∂w_1 and ∂E/∂w_3 wrong with the summed-weight-gradients diagnosis and the rest correct', () => {
		const typed = courseTyped();
		expect(Object.keys(typed)).toHaveLength(Object.keys(sheet).length);
		const m = markSheet(exact, hand, rows, typed);
		expect(m.error).toBeNull();
		const verdict = (id: string) => m.byId.get(id)?.verdict;
		expect(verdict('a[1][1]')).toBe('correct');
		expect(verdict('E')).toBe('correct');
		expect(verdict('dE/dw[1][1][1]')).toBe('wrong');
		expect(verdict('dE/dw[1][1][2]')).toBe('wrong');
		expect(m.byId.get('dE/dw[1][1][1]')?.diagnoses[0].kind).toBe('weight-gradients-summed');
		expect([...m.byId.values()].filter((r) => r.verdict === 'correct')).toHaveLength(13);
		expect(m.byId.has('delta[1][1]')).toBe(false); // not answered
	});

	it('marks later answers that follow from a wrong H_1 as carried', () => {
		// H_1 = 0.80 is wrong (exact 0.5622); from it O_2 = σ(−0.5·0.80 + 0.8·0.50) = σ(0) = 0.50
		// and E = ½(0.23 − 0.48)² + ½(−0.07 − 0.50)² = 0.19, which the exact values do not give.
		const typed = { ...courseTyped(), 'a[1][1]': '0.80', 'a[2][2]': '0.50', E: '0.19' };
		const m = markSheet(exact, hand, rows, typed);
		expect(m.byId.get('a[1][1]')?.verdict).toBe('wrong');
		expect(m.byId.get('a[2][2]')?.verdict).toBe('carried');
		expect(m.byId.get('E')?.verdict).toBe('carried');
		expect(m.byId.get('a[2][2]')?.culprit?.id).toBe('a[1][1]');
	});

	it('marks pasted keys with no row (unknown, or a given weight) after the sheet', () => {
		const extra = parseAnswers('{"w_5": 0.1, "q_9": 1.0}');
		const m = markSheet(exact, hand, rows, { 'a[1][1]': '0.56' }, extra);
		expect(m.error).toBeNull();
		expect(m.extra.map((r) => [r.key, r.verdict])).toEqual([
			['w_5', 'correct'],
			['q_9', 'unknown']
		]);
	});

	it('says why when a pasted key names a quantity the sheet already has, and still marks the sheet', () => {
		const m = markSheet(exact, hand, rows, { 'a[1][1]': '0.56' }, parseAnswers('{"H_1": 0.5}'));
		expect(m.error).toMatch(/same quantity/);
		expect(m.byId.get('a[1][1]')?.verdict).toBe('correct');
		expect(m.extra).toEqual([]);
	});
});

describe('splitting a pasted answers file', () => {
	it('puts keys that name a row on the sheet (by label or id) and the rest aside, keeping the written form', () => {
		const { typed, extra } = splitPasted(parseAnswers('{"H_1": 0.560, "delta[2][1]": 0.06, "w_5": 0.1, "nope": 2}'), (k) => resolver.resolve(k).id, rows);
		expect(typed).toEqual({ 'a[1][1]': '0.560', 'delta[2][1]': '0.06' });
		expect(extra.map((a) => a.key)).toEqual(['w_5', 'nope']);
	});
});

describe('the worksheet of every small example', () => {
	it('gives every row a key that the checker resolves back to that row, samples included', async () => {
		const { readdirSync, statSync } = await import('node:fs');
		const dir = new URL('../../../static/examples/', import.meta.url);
		const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json' && !f.includes('784') && statSync(new URL(f, dir)).size < 20_000);
		expect(files.length).toBeGreaterThan(20);
		let sampled = 0;
		for (const f of files) {
			const trace = buildTrace(validateNetwork(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
			const r = new KeyResolver(trace);
			const ws = worksheetRows(trace);
			if (ws.some((row) => row.sample !== null)) sampled++;
			for (const row of ws) expect(r.resolve(row.key).id, `${f}: ${row.key}`).toBe(row.id);
		}
		expect(sampled).toBeGreaterThan(0);
	});
});
