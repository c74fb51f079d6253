// A mistake in an answers file, worded in both languages: `check --lang zh-TW` says what is wrong in
// Chinese, as the rest of its output does. The English text is the InputError's own message.

import { InputError } from '../spec/errors';
import type { NoteLang, Notes } from './types';

export class AnswersError extends InputError {
	/** What is wrong, in each language (the path is the same in both). */
	readonly reasons: Notes;

	constructor(path: string, reasons: Notes) {
		super(path, reasons.en);
		this.name = 'AnswersError';
		this.reasons = reasons;
	}

	/** `path: what is wrong` in `lang`. */
	messageIn(lang: NoteLang): string {
		return this.path ? `${this.path}: ${this.reasons[lang]}` : this.reasons[lang];
	}
}

export function isAnswersError(e: unknown): e is AnswersError {
	return e instanceof AnswersError;
}

/** A place in the text: line and column, 1-based. */
export interface Place {
	line: number;
	column: number;
}

export function placeText(p: Place): Notes {
	return { en: `line ${p.line}, column ${p.column}`, 'zh-TW': `第 ${p.line} 行第 ${p.column} 欄` };
}

/** What kind of JSON value something is, in words. */
export const KINDS: Record<string, Notes> = {
	string: { en: 'a string', 'zh-TW': '字串' },
	object: { en: 'an object', 'zh-TW': '物件' },
	array: { en: 'an array', 'zh-TW': '陣列' },
	null: { en: 'null', 'zh-TW': 'null' },
	boolean: { en: 'a boolean', 'zh-TW': '布林值' },
	number: { en: 'a number', 'zh-TW': '數字' }
};

export const EXPECTED = {
	string: { en: 'a string', 'zh-TW': '字串' },
	value: { en: 'a value', 'zh-TW': '一個值' },
	shallow: { en: 'a value nested at most 64 levels deep', 'zh-TW': '巢狀不超過 64 層的值' },
	colon: { en: '":"', 'zh-TW': '":"' },
	colonAfterKey: { en: '":" after the key', 'zh-TW': '鍵之後的 ":"' },
	commaOrBraceAfterValue: { en: '"," or "}" after a value', 'zh-TW': '值之後的 "," 或 "}"' },
	end: { en: 'the end of the file', 'zh-TW': '檔案結尾' },
	endAfterBrace: { en: 'the end of the file after the closing "}"', 'zh-TW': '結尾的 "}" 之後就是檔案結尾' },
	noControl: { en: 'no control character inside a string (write \\n, \\t)', 'zh-TW': '字串裡不能有控制字元（請寫 \\n、\\t）' },
	escape: {
		en: 'a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)',
		'zh-TW': '有效的跳脫序列（\\"、\\\\、\\/、\\b、\\f、\\n、\\r、\\t 或 \\uXXXX）'
	},
	commaOr: (close: string): Notes => ({ en: `"," or "${close}"`, 'zh-TW': `"," 或 "${close}"` }),
	closingQuote: (start: Place): Notes => ({
		en: `the closing quote of the string that starts at ${placeText(start).en}`,
		'zh-TW': `從${placeText(start)['zh-TW']}開始的字串的結尾引號`
	})
} as const;

export function malformed(at: Place, expected: Notes, found: string | null): Notes {
	const where = placeText(at);
	return {
		en: `malformed JSON at ${where.en}: expected ${expected.en}, found ${found ?? 'the end of the file'}`,
		'zh-TW': `JSON 格式錯誤（${where['zh-TW']}）：應為${expected['zh-TW']}，卻是${found ?? '檔案結尾'}`
	};
}

export const NOT_AN_OBJECT = {
	empty: {
		en: 'the file is empty; expected an object of answers, e.g. {"H_1": 0.56}',
		'zh-TW': '檔案是空的；應為由答案組成的物件，例如 {"H_1": 0.56}'
	},
	kind: (kind: Notes): Notes => ({
		en: `expected an object of answers, e.g. {"H_1": 0.56}, not ${kind.en}`,
		'zh-TW': `應為由答案組成的物件，例如 {"H_1": 0.56}，而不是${kind['zh-TW']}`
	})
};

export const BAD_VALUE = {
	notNumber: (kind: Notes, shown: string): Notes => ({
		en: `expected a number, not ${kind.en}${shown}`,
		'zh-TW': `應為數字，而不是${kind['zh-TW']}${shown}`
	}),
	notFinite: (written: string): Notes => ({ en: `${written} is not a finite number`, 'zh-TW': `${written} 不是有限的數字` }),
	twice: (first: Place, again: Place): Notes => ({
		en: `the key is given twice (${placeText(first).en} and ${placeText(again).en})`,
		'zh-TW': `這個鍵出現了兩次（${placeText(first)['zh-TW']}與${placeText(again)['zh-TW']}）`
	}),
	sameQuantity: (id: string, first: string): Notes => ({
		en: `answers the same quantity (${id}) as "${first}"`,
		'zh-TW': `與「${first}」回答的是同一個量（${id}）`
	})
};
