// CSV data: numbers separated by commas (or semicolons, tabs), one sample a line. The label is the
// last column, or the column named by `target`. A first line that is not all numbers is a header.
// Bad cells are InputErrors naming the line and column: `data.csv:4:3: "abc" is not a number`.

import { InputError } from '../../engine/spec/errors';
import type { Dataset } from './types';

export interface CsvOptions {
	/** The name of the label column (needs a header). Default: the last column. */
	target?: string;
}

function delimiterOf(line: string): string {
	for (const d of [',', ';', '\t']) if (line.includes(d)) return d;
	return ',';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseCsv(text: string, file: string, options: CsvOptions = {}): Dataset {
	const lines = text.split(/\r?\n/).map((l, i) => ({ text: l.trim(), line: i + 1 })).filter((l) => l.text !== '' && !l.text.startsWith('#'));
	if (lines.length === 0) throw new InputError(file, 'no data: the file is empty');
	const delimiter = delimiterOf(lines[0].text);
	const split = (s: string) => s.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
	const first = split(lines[0].text);
	const header = first.some((c) => !NUMBER.test(c)) ? first : null;
	const rows = header ? lines.slice(1) : lines;
	if (rows.length === 0) throw new InputError(file, 'no data: only a header line');
	const width = first.length;
	if (width < 2) throw new InputError(`${file}:${lines[0].line}`, 'need at least two columns (inputs and a label)');
	let label = width - 1;
	if (options.target !== undefined) {
		if (!header) throw new InputError(file, `--target ${options.target}: the file has no header line to name columns`);
		label = header.indexOf(options.target);
		if (label < 0) throw new InputError(file, `--target ${options.target}: no such column (columns: ${header.join(', ')})`);
	}
	const inputs = new Float64Array(rows.length * (width - 1));
	const targets = new Float64Array(rows.length);
	rows.forEach((row, r) => {
		const cells = split(row.text);
		if (cells.length !== width) throw new InputError(`${file}:${row.line}`, `${cells.length} columns where the first line has ${width}`);
		let k = 0;
		cells.forEach((cell, c) => {
			if (!NUMBER.test(cell)) throw new InputError(`${file}:${row.line}:${c + 1}`, cell === '' ? 'empty cell' : `"${cell}" is not a number`);
			const x = Number(cell);
			if (!Number.isFinite(x)) throw new InputError(`${file}:${row.line}:${c + 1}`, `"${cell}" is not a finite number`);
			if (c === label) targets[r] = x;
			else inputs[r * (width - 1) + k++] = x;
		});
	});
	return {
		name: file,
		count: rows.length,
		inputSize: width - 1,
		targetSize: 1,
		inputs,
		targets,
		columns: header ? [...header.filter((_, c) => c !== label), header[label]] : undefined
	};
}
