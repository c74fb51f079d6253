// Display labels (`H_1`, `w_5`, `\theta_2`, `隱藏_1`) are untrusted text that ends up in KaTeX (with
// trust: false) and in SVG text. A label is accepted only when it is short, made of an allowed
// alphabet, and a well-formed piece of TeX math, so that KaTeX renders it without error (a property
// test checks this against KaTeX itself):
//
//   label  := item*
//   item   := base? scripts        scripts: at most one "_" arg, and at most one of "^" arg or
//                                   "'"+ ( "^" arg )?  — in any order, as KaTeX allows
//   base   := char | command | group                 arg := char | symbol command | group
//   group  := "{" label "}"                          command := "\" letters (from the lists below)
//
// Letters are those of the Latin, Greek, Cyrillic, CJK (Han, kana, Hangul, Bopomofo) scripts; digits
// 0-9; and space . , - ( ) are plain characters. Square brackets are not allowed: they belong to
// quantity ids (`a[1][2]`), which labels must not look like. KaTeX warns about non-Latin letters in math mode unless
// its `strict` option is "ignore".

import { InputError } from './errors';
import { MAX_LABEL_LENGTH } from './schema';
import { suggest } from './suggest';

const GREEK = [
	'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta',
	'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma',
	'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega',
	'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega'
];
/** Commands that stand alone, like a letter. */
export const LABEL_SYMBOLS: readonly string[] = [...GREEK, 'ell', 'partial', 'nabla', 'prime'];
/** Commands that take one argument: `\hat{y}`, `\mathrm{out}`. */
export const LABEL_ACCENTS: readonly string[] = ['hat', 'bar', 'tilde', 'vec', 'dot', 'ddot', 'mathrm', 'mathbf', 'mathit'];

const LETTER = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const PLAIN = /^[0-9 .,\-()]$/;
const UNCLOSED = 'unbalanced braces in the label (a { without its })';
const UNOPENED = 'unbalanced braces in the label (a } without its {)';
const ALLOWED_TEXT = 'letters, digits, spaces and _ ^ { } \\ \' . , - ( )';

class LabelReader {
	private pos = 0;
	private readonly chars: string[];

	constructor(
		label: string,
		private readonly path: string
	) {
		this.chars = Array.from(label);
	}

	private fail(reason: string): never {
		throw new InputError(this.path, reason);
	}

	/** The next character, skipping spaces as TeX does in math mode (`x^2 '` is `x^2'`). */
	private peek(): string | undefined {
		while (this.chars[this.pos] === ' ') this.pos++;
		return this.chars[this.pos];
	}

	read(): void {
		this.sequence(false);
		if (this.pos < this.chars.length) this.fail(UNOPENED);
	}

	/** item* up to the end, or up to the "}" closing a group. */
	private sequence(inGroup: boolean): void {
		for (;;) {
			const c = this.peek();
			if (c === undefined) {
				if (inGroup) this.fail(UNCLOSED);
				return;
			}
			if (c === '}') {
				if (!inGroup) this.fail(UNOPENED);
				return;
			}
			this.item();
		}
	}

	/**
	 * A base and its scripts, as KaTeX reads them: one subscript, and one superscript where a run of
	 * primes counts as a superscript (joined with a `^` that follows it at once: x'^2).
	 */
	private item(): void {
		const c = this.peek();
		if (c !== '_' && c !== '^' && c !== "'") this.base();
		let sub = false;
		let sup: 'prime' | 'script' | null = null;
		for (;;) {
			const s = this.peek();
			if (s === '_') {
				if (sub) this.fail('two subscripts in a row in the label; group them with { }');
				this.pos++;
				this.argument('_');
				sub = true;
			} else if (s === '^') {
				if (sup === 'script') this.fail('two superscripts in a row in the label; group them with { }');
				if (sup === 'prime') this.fail("a superscript apart from its prime in the label; write it right after the prime, e.g. x'^2");
				this.pos++;
				this.argument('^');
				sup = 'script';
			} else if (s === "'") {
				if (sup === 'script') this.fail("a prime after a superscript in the label; write the prime first, e.g. x'^2");
				if (sup === 'prime') this.fail("primes apart from each other in the label; write them together, e.g. x''");
				// The primes and a `^` right after them (no space between) make one superscript.
				while (this.chars[this.pos] === "'") this.pos++;
				if (this.chars[this.pos] === '^') {
					this.pos++;
					this.argument('^');
				}
				sup = 'prime';
			} else {
				return;
			}
		}
	}

	private base(): void {
		const c = this.peek() as string;
		if (c === '{') return this.group();
		if (c === '\\') {
			const name = this.command();
			if (LABEL_ACCENTS.includes(name)) this.argument(`\\${name}`);
			return;
		}
		this.character(c);
	}

	private group(): void {
		this.pos++;
		this.sequence(true);
		this.pos++;
	}

	/** What follows `_`, `^` or an accent: one character, one symbol command, or a group. */
	private argument(after: string): void {
		const c = this.peek();
		if (c === undefined || c === '}' || c === '_' || c === '^' || c === "'") {
			this.fail(`"${after}" needs something after it`);
		}
		if (c === '{') return this.group();
		if (c === '\\') {
			const name = this.command();
			if (LABEL_ACCENTS.includes(name)) this.fail(`put \\${name}{…} in braces after "${after}"`);
			return;
		}
		this.character(c);
	}

	/** `\name`: returns the name once it is known to be allowed. */
	private command(): string {
		this.pos++;
		let name = '';
		while (/^[A-Za-z]$/.test(this.chars[this.pos] ?? '')) name += this.chars[this.pos++];
		if (name === '') this.fail(`"\\" must begin a command such as \\theta`);
		const known = [...LABEL_SYMBOLS, ...LABEL_ACCENTS];
		if (known.includes(name)) return name;
		const near = suggest(name, known);
		this.fail(`unknown command \\${name} in a label${near ? ` — did you mean \\${near}?` : ` (allowed: Greek letters such as \\theta, and \\${LABEL_ACCENTS.join(' \\')})`}`);
	}

	private character(c: string): void {
		if (!LETTER.test(c) && !PLAIN.test(c)) {
			const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) ? `"${c}"` : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
			this.fail(`${shown} is not allowed in a label (use ${ALLOWED_TEXT})`);
		}
		this.pos++;
	}
}

/** Throws an InputError at `path` unless `label` is an acceptable display label. */
export function checkLabel(label: string, path: string): void {
	const length = Array.from(label).length;
	if (length === 0) throw new InputError(path, 'empty label');
	if (length > MAX_LABEL_LENGTH) {
		throw new InputError(path, `label of ${length} characters, more than the ${MAX_LABEL_LENGTH} allowed`);
	}
	if (label.trim() !== label) throw new InputError(path, 'label starts or ends with a space');
	new LabelReader(label, path).read();
	if (label === 'E') throw new InputError(path, '"E" is reserved for the loss');
}
