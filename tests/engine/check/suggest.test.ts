// Keys that name nothing as written (issue #13, 2): the common spellings understood, the rest answered
// with the nearest keys of this network, hints built from this network, never from another.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAnswers, KeyResolver, parseAnswers } from '../../../src/lib/engine/check';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { courseNetwork } from './fixtures';
import { course } from './reference';

const example = (name: string) => validateNetwork(JSON.parse(readFileSync(`static/examples/${name}`, 'utf8')));
const courseFile = example('course-2-2-2.json');
const mazur = example('mazur-shared-frozen-biases.json');
const resolver = (net = courseFile) => new KeyResolver(buildTrace({ ...net, rounding: null }));

describe('keys understood as written elsewhere', () => {
	const keys = resolver();
	const textbook = resolver(courseNetwork(null));

	it('reads a typographic apostrophe or prime as the prime', () => {
		expect(keys.resolve('w_8’').id).toBe("w[2][2][2]'");
		expect(keys.resolve('w_8‘').id).toBe("w[2][2][2]'");
		expect(keys.resolve('w_8`').id).toBe("w[2][2][2]'");
	});

	it('reads "new" as the updated value, with a note saying so', () => {
		expect(keys.resolve('w_6 new').id).toBe("w[2][2][1]'");
		expect(keys.resolve('w7_new').id).toBe("w[2][1][2]'");
		expect(keys.resolve('w_6 new').reading?.en).toBe("w_6 new read as w_6', the updated value");
	});

	it('reads Mazur\'s E_total, net_h1 and out_h1', () => {
		expect(keys.resolve('E_total').id).toBe('E');
		const m = resolver(mazur);
		expect(m.resolve('net_h1').id).toBe('z[1][1]');
		expect(m.resolve('out_h1').id).toBe('a[1][1]');
		expect(m.resolve('E_total').id).toBe('E');
		expect(textbook.resolve('net_H1').id).toBe('z[1][1]');
	});
});

describe('did you mean', () => {
	const keys = resolver();
	const suggested = (k: string, r = keys) => r.resolve(k).suggestions?.map((s) => s.key);

	it('suggests this network\'s key for a different case, a look-alike character or a near miss', () => {
		expect(keys.resolve('o1').id).toBeNull();
		expect(suggested('o1')).toEqual(['O_1']);
		expect(suggested('H_l')).toEqual(['H_1']);
		expect(suggested('out_h1')).toEqual(['H_1']);
		expect(suggested('dE/dw_9')).toHaveLength(3);
		for (const k of suggested('dE/dw_9')!) expect(k).toMatch(/^dE\/dw_\d$/);
		expect(keys.resolve('o1').hint?.en).toBe('did you mean O_1?');
		expect(keys.resolve('o1').hint?.['zh-TW']).toBe('你是不是要寫 O_1？');
	});

	it('suggests Mazur\'s own labels on Mazur\'s network', () => {
		const m = resolver(mazur);
		expect(suggested('H_1', m)).toEqual(['h_1']);
		expect(suggested('dE/dO_2', m)).toEqual(['dE/do_2']);
	});

	it('builds the example of an unknown key from this network: h_1 on Mazur\'s, never H_1', () => {
		const m = resolver(mazur);
		expect(m.resolve('q_9').hint?.en).toBe("not an id or a label of this network (e.g. h_1, a[1][1], dE/dw_5, δ_o1, w_5')");
		expect(keys.resolve('q_9').hint?.en).toBe("not an id or a label of this network (e.g. H_1, a[1][1], dE/dw_5, dE/dO_1, w_5')");
	});

	it('says the network has no biases, or does not train them', () => {
		expect(keys.resolve('b_1').hint?.en).toBe('this network has no biases');
		expect(keys.resolve('dE/db[1]').hint?.en).toBe('this network has no biases');
		expect(resolver(mazur).resolve('b_1').id).toBe('b[1]');
		expect(resolver(mazur).resolve('dE/db_1').hint?.en).toBe(
			'the biases of this network are not trained (trainableBiases: false): they have no gradient and no update'
		);
	});

	it('marks the updated value written under the old weight\'s name wrong, with did you mean w_8\'?', () => {
		// w_8′ = 0.8 − 0.5·∂E/∂w_8 = 0.7631 (the course's own lines: 0.76).
		expect(course().W2new[1][1]).toBeCloseTo(0.7631, 4);
		const [r] = checkAnswers(courseFile, parseAnswers('{"w_8": 0.76}')).results;
		expect(r.verdict).toBe('wrong');
		expect(r.suggestion).toEqual({ key: "w_8'", id: "w[2][2][2]'", why: 'value' });
		expect(r.diagnoses.map((d) => d.kind)).toEqual(['value-of-another-quantity']);
		expect(r.note).toContain("likely mistake: this is the updated value w_8': did you mean w_8'?");
	});

	it('gives each unknown key its own note and suggestion in the report', () => {
		const report = checkAnswers(courseFile, parseAnswers('{"o1": 0.48, "b_1": 0.1}'));
		expect(report.results.map((r) => [r.verdict, r.suggestion?.key ?? null, r.note])).toEqual([
			['unknown', 'O_1', 'unknown key: did you mean O_1?'],
			['unknown', null, 'unknown key: this network has no biases']
		]);
		expect(report.results[1].notes['zh-TW']).toBe('不明的鍵：此網路沒有偏差值（bias）');
	});
});
