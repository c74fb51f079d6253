// Data sets: the CSV and JSON readers (and their exact error messages), the built-in 2-D sets, and
// matching a data set to a network's input and output sizes.

import { describe, expect, it } from 'vitest';
import { MAX_CSV_COLUMNS, parseCsv } from '../../src/lib/fast/datasets/csv';
import { checkDataRange } from '../../src/lib/fast/datasets/range';
import { fitToNetwork } from '../../src/lib/fast/datasets/fit';
import { parseJsonData } from '../../src/lib/fast/datasets/json';
import { TOY_SETS, toyDataset } from '../../src/lib/fast/datasets/toy';
import { taskOf } from '../../src/lib/fast/datasets/types';

const message = (f: () => unknown) => {
	try {
		f();
	} catch (e) {
		return (e as Error).message;
	}
	return 'no error';
};

describe('parseCsv', () => {
	it('reads numbers with the last column as the label, with or without a header', () => {
		const d = parseCsv('x1,x2,y\n1,2,0\n3.5,-4e-1,1\n', 'd.csv');
		expect([d.count, d.inputSize, d.targetSize]).toEqual([2, 2, 1]);
		expect(Array.from(d.inputs)).toEqual([1, 2, 3.5, -0.4]);
		expect(Array.from(d.targets)).toEqual([0, 1]);
		expect(d.columns).toEqual(['x1', 'x2', 'y']);
		expect(Array.from(parseCsv('1;2;0\r\n3;4;1', 'd.csv').targets)).toEqual([0, 1]);
	});

	it('takes the label from the column --target names', () => {
		const d = parseCsv('label,a,b\n2,0.5,0.25\n', 'd.csv', { target: 'label' });
		expect(Array.from(d.inputs)).toEqual([0.5, 0.25]);
		expect(Array.from(d.targets)).toEqual([2]);
		expect(d.columns).toEqual(['a', 'b', 'label']);
	});

	it('names the line and column of a bad cell', () => {
		expect(message(() => parseCsv('a,b,y\n1,2,0\n1,abc,1\n', 'd.csv'))).toBe('d.csv:3:2: "abc" is not a number');
		expect(message(() => parseCsv('1,2,0\n1,,1\n', 'd.csv'))).toBe('d.csv:2:2: empty cell');
		expect(message(() => parseCsv('1,2,0\n\n1,2\n', 'd.csv'))).toBe('d.csv:3: 2 columns where the first line has 3');
		expect(message(() => parseCsv('', 'd.csv'))).toBe('d.csv: no data: the file is empty');
		expect(message(() => parseCsv('a,b\n', 'd.csv'))).toBe('d.csv: no data: only a header line');
		expect(message(() => parseCsv('a,b\n1,2\n', 'd.csv', { target: 'c' }))).toBe('d.csv: --target c: no such column (columns: a, b)');
		expect(message(() => parseCsv('1,2\n', 'd.csv', { target: 'c' }))).toBe('d.csv: --target c: the file has no header line to name columns');
	});
});

describe('parseCsv on what spreadsheets and strangers send', () => {
	it('says why a cell is not a number: a formula, bytes that are not UTF-8, and quotes a long cell in part', () => {
		expect(message(() => parseCsv('a,b,y\n=A1+B1,2,0\n', 'd.csv'))).toBe('d.csv:2:1: "=A1+B1" is a spreadsheet formula, not a number (export the values)');
		expect(message(() => parseCsv('a,b,y\n1,2\ufffd5,0\n', 'd.csv'))).toBe('d.csv:2:2: "2\ufffd5" is not a number (the file is not UTF-8 text: save it as UTF-8)');
		const long = message(() => parseCsv(`a,b,y\n1,${'z'.repeat(100_000)},0\n`, 'd.csv'));
		expect(long).toBe(`d.csv:2:2: "${'z'.repeat(23)}…" is not a number`);
		expect(message(() => parseCsv('a,b\n1,2\u0000\n', 'd.csv'))).toBe('d.csv: not a CSV text file (it holds NUL bytes)');
	});

	it('reads a byte-order mark, old Mac line ends and quoted cells', () => {
		const d = parseCsv('\ufeffx,"y"\r1,"2"\r3,4', 'd.csv');
		expect(d.columns).toEqual(['x', 'y']);
		expect(Array.from(d.targets)).toEqual([2, 4]);
	});

	it('refuses sizes past its limits before allocating, and lists many columns in part', () => {
		const wide = `${Array.from({ length: MAX_CSV_COLUMNS + 1 }, () => '1').join(',')}\n`;
		expect(message(() => parseCsv(wide, 'd.csv'))).toBe('d.csv:1: 100001 columns, more than the 100,000 a file may have');
		const header = Array.from({ length: 20 }, (_, i) => `c${i}`).join(',');
		expect(message(() => parseCsv(`${header}\n${Array(20).fill(0).join(',')}\n`, 'd.csv', { target: 'q' }))).toBe(
			'd.csv: --target q: no such column (columns: c0, c1, c2, c3, c4, c5, c6, c7, … (20 in all))'
		);
	});

	it('reads a million rows', () => {
		const rows = Array.from({ length: 1_000_000 }, (_, i) => `${i % 7},${(i % 13) / 10},${i % 2}`);
		const d = parseCsv(`a,b,y\n${rows.join('\n')}\n`, 'big.csv');
		expect([d.count, d.inputSize]).toEqual([1_000_000, 2]);
		expect(d.inputs[2 * 999_999 + 1]).toBeCloseTo((999_999 % 13) / 10);
	});
});

describe('checkDataRange', () => {
	it('finds a number float32 cannot hold by sample and column, and nothing in double precision', () => {
		const d = parseCsv('a,b,y\n1,2,0\n3,-4e38,1\n', 'd.csv');
		expect(message(() => checkDataRange(d, 'f32'))).toBe(
			'd.csv: sample 2, column "b": -4e+38 is beyond float32\'s range (±3.4e38): scale the data, or train in double precision (--precision f64)'
		);
		expect(message(() => checkDataRange(d, 'f64'))).toBe('no error');
		expect(message(() => checkDataRange(parseCsv('1,2,5e38\n', 'e.csv'), 'f32'))).toMatch(/^e\.csv: sample 1, target 1: 5e\+38 is beyond/);
	});
});

describe('parseJsonData', () => {
	it('reads {inputs, targets} and [{input, target}], a bare number being a one-element target', () => {
		const a = parseJsonData('{"inputs": [[0, 1], [1, 0]], "targets": [[1], [0]]}', 'd.json');
		const b = parseJsonData('[{"input": [0, 1], "target": 1}, {"input": [1, 0], "target": 0}]', 'd.json');
		for (const d of [a, b]) {
			expect([d.count, d.inputSize, d.targetSize]).toEqual([2, 2, 1]);
			expect(Array.from(d.targets)).toEqual([1, 0]);
		}
	});

	it('names the place of what is wrong', () => {
		expect(message(() => parseJsonData('{"inputs": [[0, 1]], "targets": [[1], [0]]}', 'd.json'))).toBe('d.json: targets: 2 targets for 1 inputs');
		expect(message(() => parseJsonData('{"inputs": [[0, 1], [1]], "targets": [1, 0]}', 'd.json'))).toBe('d.json: inputs[1]: 1 numbers where the first sample has 2');
		expect(message(() => parseJsonData('[{"input": [0, "x"], "target": 1}]', 'd.json'))).toBe('d.json: [0].input[1]: expected a finite number, got "x"');
		expect(message(() => parseJsonData('{"rows": []}', 'd.json'))).toBe('d.json: expected {"inputs": [...], "targets": [...]} or [{"input": [...], "target": [...]}, ...]');
		expect(message(() => parseJsonData('[]', 'd.json'))).toBe('d.json: no samples');
		expect(message(() => parseJsonData('{"inputs": [', 'd.json'))).toBe('d.json: malformed JSON at line 1, column 13: unexpected end of input');
		expect(message(() => parseJsonData(`{"inputs": [[1]], "targets": [[${'9'.repeat(400)}]]}`, 'd.json'))).toBe('d.json: targets[0][0]: expected a finite number, got Infinity');
	});
});

describe('toyDataset', () => {
	it.each(TOY_SETS)('%s: seeded, 2 inputs, the requested count', (name) => {
		const a = toyDataset(name, { count: 200, noise: 0.1, seed: 4 });
		const b = toyDataset(name, { count: 200, noise: 0.1, seed: 4 });
		expect([a.count, a.inputSize, a.targetSize]).toEqual([200, 2, 1]);
		expect(a.inputs).toEqual(b.inputs);
		expect(a.inputs).not.toEqual(toyDataset(name, { count: 200, noise: 0.1, seed: 5 }).inputs);
		expect(Array.from(a.inputs).every(Number.isFinite)).toBe(true);
	});

	it('labels follow each set’s rule without noise', () => {
		const xor = toyDataset('xor', { count: 300 });
		for (let i = 0; i < xor.count; i++) expect(xor.targets[i]).toBe(xor.inputs[2 * i] * xor.inputs[2 * i + 1] >= 0 ? 1 : 0);
		const circle = toyDataset('circle', { count: 300 });
		for (let i = 0; i < circle.count; i++) expect(circle.targets[i]).toBe(Math.hypot(circle.inputs[2 * i], circle.inputs[2 * i + 1]) < 2.5 ? 1 : 0);
		const plane = toyDataset('plane', { count: 50 });
		for (let i = 0; i < plane.count; i++) expect(plane.targets[i]).toBeCloseTo((plane.inputs[2 * i] + plane.inputs[2 * i + 1]) / 12, 12);
		expect(taskOf(xor)).toBe('binary01');
		expect(taskOf(plane)).toBe('regression');
		const classes = Array.from(toyDataset('spiral', { count: 100 }).targets);
		expect(classes.filter((c) => c === 1)).toHaveLength(50);
	});
});

describe('fitToNetwork', () => {
	const csv = parseCsv('0.1,0.2,2\n0.3,0.4,0\n', 'd.csv');
	it('turns class indices into one-hot targets for a network with several outputs', () => {
		const d = fitToNetwork(csv, 2, 3);
		expect(Array.from(d.targets)).toEqual([0, 0, 1, 1, 0, 0]);
		expect(taskOf(d)).toBe('multiclass');
	});

	it('says which sizes disagree', () => {
		expect(message(() => fitToNetwork(csv, 3, 1))).toBe("d.csv: 2 input columns, but the network's input layer has 3 neurons");
		expect(message(() => fitToNetwork(csv, 2, 2))).toBe("d.csv: sample 1: label 2 is not a class index 0…1 for the network's 2 outputs");
		const two = parseJsonData('[{"input": [1], "target": [1, 2]}]', 'e.json');
		expect(message(() => fitToNetwork(two, 1, 3))).toBe("e.json: 2 target values per sample, but the network's output layer has 3 neurons");
	});
});
