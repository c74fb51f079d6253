// CSV as RFC 4180 writes it, read leniently where spreadsheets differ: a byte-order mark is dropped,
// records end in CRLF, LF or CR, a quoted field may hold commas, quotes ("") and line breaks, and the
// last record may lack its line break. Each record keeps the line it starts on, for messages. An
// unclosed quote or a quote in the middle of an unquoted field is an InputError naming the line.

import { InputError } from '../spec/errors';

export interface CsvRecord {
	/** 1-based line of the file where the record starts. */
	line: number;
	fields: string[];
}

/** Bounds that keep a hostile file from holding the page: 10 MB, 100,000 records, 1,000 fields. */
export const CSV_LIMITS = { chars: 10_000_000, records: 100_000, fields: 1000 } as const;

export function parseCsv(text: string): CsvRecord[] {
	if (text.length > CSV_LIMITS.chars) throw new InputError('', `the file has ${text.length} characters, more than the ${CSV_LIMITS.chars} read`);
	const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let start = 1;
	let i = 0;
	const endField = () => {
		fields.push(field);
		field = '';
		if (fields.length > CSV_LIMITS.fields) throw new InputError(`line ${start}`, `more than ${CSV_LIMITS.fields} columns`);
	};
	const endRecord = () => {
		endField();
		records.push({ line: start, fields });
		if (records.length > CSV_LIMITS.records) throw new InputError(`line ${start}`, `more than ${CSV_LIMITS.records} rows`);
		fields = [];
	};
	while (i < s.length) {
		const c = s[i];
		if (c === '"' && field === '' ) {
			// A quoted field: up to the closing quote; "" inside is one quote.
			const opened = line;
			i++;
			for (;;) {
				if (i >= s.length) throw new InputError(`line ${opened}`, 'a quoted field is never closed (a " is missing)');
				const q = s[i];
				if (q === '"') {
					if (s[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (q === '\n' || (q === '\r' && s[i + 1] !== '\n')) line++;
				field += q;
				i++;
			}
			const next = s[i];
			if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
				throw new InputError(`line ${line}`, 'text after a closing quote (write "" for a quote inside a quoted field)');
			}
			continue;
		}
		if (c === ',') {
			endField();
			i++;
		} else if (c === '\r' || c === '\n') {
			endRecord();
			i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
			line++;
			start = line;
		} else if (c === '"') {
			throw new InputError(`line ${line}`, 'a quote inside an unquoted field (quote the whole field and write "" for the quote)');
		} else {
			field += c;
			i++;
		}
	}
	if (field !== '' || fields.length > 0) endRecord();
	return records;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A field a spreadsheet will not run: text starting with = + - @ (or a tab / CR) is a formula to
 * Excel and LibreOffice, so a student named "=HYPERLINK(…)" gets a leading apostrophe (OWASP's advice).
 */
export function safeCsvText(text: string): string {
	return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}
