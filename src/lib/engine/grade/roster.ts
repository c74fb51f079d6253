// A class's answers file (docs/grading.md): a header `student,variant,KEY1,KEY2,…` (keys as in an
// answers file, docs/checking.md) and one row per student. An empty cell is "not answered". A
// header that is not of this form is an InputError (nothing can be read); a bad cell is not: it is
// reported with its line and column and the rest of the class is still read.

import { InputError } from '../spec/errors';
import { quote } from '../spec/path';
import { parseCsv } from './csv';

export interface Cell {
	key: string;
	/** 1-based column of the file. */
	column: number;
	/** The cell as written, trimmed; '' for not answered. */
	text: string;
}

export interface RosterRow {
	line: number;
	student: string;
	variant: string;
	cells: Cell[];
	/** Cells past the last question (a ragged row): reported, not read. */
	extra: number;
}

export interface Roster {
	keys: string[];
	rows: RosterRow[];
}

export function readRoster(text: string): Roster {
	const records = parseCsv(text).filter((r) => r.fields.some((f) => f.trim() !== ''));
	if (records.length === 0) throw new InputError('line 1', 'the file is empty: expected a header student,variant,KEY1,KEY2,…');
	const [header, ...body] = records;
	const names = header.fields.map((f) => f.trim());
	if (names[0]?.toLowerCase() !== 'student' || names[1]?.toLowerCase() !== 'variant') {
		throw new InputError(`line ${header.line}`, `expected the header to start with student,variant, got ${quote(names.slice(0, 2).join(','))}`);
	}
	const keys = names.slice(2);
	if (keys.length === 0) throw new InputError(`line ${header.line}`, 'the header names no question: expected student,variant,KEY1,KEY2,…');
	keys.forEach((k, c) => {
		if (k === '') throw new InputError(`line ${header.line}, column ${c + 3}`, 'an empty question key');
		const first = keys.indexOf(k);
		if (first !== c) throw new InputError(`line ${header.line}, column ${c + 3}`, `${quote(k)} is already column ${first + 3}`);
	});
	const rows = body.map((r) => ({
		line: r.line,
		student: (r.fields[0] ?? '').trim(),
		variant: (r.fields[1] ?? '').trim(),
		cells: keys.map((key, c) => ({ key, column: c + 3, text: (r.fields[c + 2] ?? '').trim() })),
		extra: Math.max(0, r.fields.length - 2 - keys.length)
	}));
	return { keys, rows };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/;

/** A cell's number, or null when it is not one a person writes (0,56 · 1/2 · abc). */
export function cellNumber(text: string): number | null {
	if (!NUMBER.test(text)) return null;
	const x = Number(text);
	return Number.isFinite(x) ? x : null;
}
