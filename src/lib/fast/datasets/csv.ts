// CSV data: numbers separated by commas (or semicolons, tabs), one sample a line. The label is the
// last column, or the column named by `target`. A first line that is not all numbers is a header.
// Bad cells are InputErrors naming the line and column: `data.csv:4:3: "abc" is not a number`; a cell
// is quoted in part, so a megabyte of garbage never becomes a megabyte of message.

import { InputError } from '../../engine/spec/errors';
import { quote } from '../../engine/spec/path';
import type { Dataset } from './types';

export interface CsvOptions {
	/** The name of the label column (needs a header). Default: the last column. */
	target?: string;
}

/** At most this many numbers in all (160 MB as doubles), checked before anything is allocated. */
export const MAX_CSV_VALUES = 20_000_000;
/** At most this many columns: a layer's limit (docs/limits.md). */
export const MAX_CSV_COLUMNS = 100_000;

function delimiterOf(line: string): string {
	for (const d of [',', ';', '\t']) if (line.includes(d)) return d;
	return ',';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Why a cell that is not a number is not one, in words a person can act on. */
function notANumber(cell: string): string {
	if (cell === '') return 'empty cell';
	if (cell.includes('\ufffd')) return `${quote(cell)} is not a number (the file is not UTF-8 text: save it as UTF-8)`;
	if (/^[=@]/.test(cell)) return `${quote(cell)} is a spreadsheet formula, not a number (export the values)`;
	return `${quote(cell)} is not a number`;
}

/** A list of column names, the first few of them. */
function listed(names: string[]): string {
	const shown = names.slice(0, 8).map((n) => quote(n).slice(1, -1));
	return names.length > 8 ? `${shown.join(', ')}, … (${names.length} in all)` : shown.join(', ');
}

export function parseCsv(text: string, file: string, options: CsvOptions = {}): Dataset {
	if (text.includes('\0')) throw new InputError(file, 'not a CSV text file (it holds NUL bytes)');
	const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines: { text: string; line: number }[] = [];
	source.split(/\r?\n|\r/).forEach((l, i) => {
		const trimmed = l.trim();
		if (trimmed !== '' && !trimmed.startsWith('#')) lines.push({ text: trimmed, line: i + 1 });
	});
	if (lines.length === 0) throw new InputError(file, 'no data: the file is empty');
	const delimiter = delimiterOf(lines[0].text);
	const split = (s: string) => s.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
	const first = split(lines[0].text);
	const header = first.some((c) => !NUMBER.test(c)) ? first : null;
	const rows = header ? lines.slice(1) : lines;
	if (rows.length === 0) throw new InputError(file, 'no data: only a header line');
	const width = first.length;
	if (width < 2) throw new InputError(`${file}:${lines[0].line}`, 'need at least two columns (inputs and a label)');
	if (width > MAX_CSV_COLUMNS) throw new InputError(`${file}:${lines[0].line}`, `${width} columns, more than the ${MAX_CSV_COLUMNS.toLocaleString('en-US')} a file may have`);
	if (rows.length * width > MAX_CSV_VALUES)
		throw new InputError(file, `${rows.length} rows of ${width} numbers, more than the ${MAX_CSV_VALUES.toLocaleString('en-US')} numbers a file may hold`);
	let label = width - 1;
	if (options.target !== undefined) {
		const target = quote(options.target).slice(1, -1);
		if (!header) throw new InputError(file, `--target ${target}: the file has no header line to name columns`);
		label = header.indexOf(options.target);
		if (label < 0) throw new InputError(file, `--target ${target}: no such column (columns: ${listed(header)})`);
	}
	const inputs = new Float64Array(rows.length * (width - 1));
	const targets = new Float64Array(rows.length);
	rows.forEach((row, r) => {
		const cells = split(row.text);
		if (cells.length !== width) throw new InputError(`${file}:${row.line}`, `${cells.length} columns where the first line has ${width}`);
		let k = 0;
		cells.forEach((cell, c) => {
			if (!NUMBER.test(cell)) throw new InputError(`${file}:${row.line}:${c + 1}`, notANumber(cell));
			const x = Number(cell);
			if (!Number.isFinite(x)) throw new InputError(`${file}:${row.line}:${c + 1}`, `${quote(cell)} is not a finite number`);
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
