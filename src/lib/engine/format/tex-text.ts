// TeX to plain text for the subset the engine writes (labels, formulas, substituted numbers), so the
// text printer reads like handwriting: `\delta_{O_1}` → `δ_O1`, `\frac{\partial E}{\partial w_5}` →
// `∂E/∂w_5`, `\tfrac{1}{2}` → `½`, `e^{-x}` → `e^(-x)`, `\sqrt{x}` → `√(x)`. Unknown commands lose
// their backslash; braces only group. Never throws: a stray `}` or a missing argument is dropped.

type Token =
	| { kind: 'cmd'; name: string }
	| { kind: 'char'; ch: string }
	| { kind: 'space' }
	| { kind: 'open' }
	| { kind: 'close' }
	| { kind: 'sub' }
	| { kind: 'sup' };

/** Where a word-like operator (log, max, Σ) needs a space if a letter or digit follows. */
const OPSPACE = '\u0002';
/** A \quad's wide space, kept through the space collapsing. */
const QUAD = '\u0001';
const OPSPACE_BEFORE_WORD = new RegExp(`${OPSPACE}(?=[\\p{L}\\p{N}])`, 'gu');

const SYMBOLS: Record<string, string> = {
	alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ',
	eta: 'η', theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν',
	xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ',
	chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ',
	Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
	partial: '∂', nabla: '∇', infty: '∞', prime: "'", ldots: '…', cdots: '⋯', dots: '…',
	lvert: '|', rvert: '|', vert: '|', lVert: '‖', rVert: '‖', langle: '⟨', rangle: '⟩',
	lbrace: '{', rbrace: '}', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉'
};

/** Binary operators and relations: written with a space either side. */
const BINARY: Record<string, string> = {
	cdot: '·', times: '×', div: '÷', pm: '±', mp: '∓', leq: '≤', le: '≤', geq: '≥', ge: '≥',
	neq: '≠', ne: '≠', approx: '≈', equiv: '≡', to: '→', rightarrow: '→', leftarrow: '←',
	gets: '←', mapsto: '↦', in: '∈', lt: '<', gt: '>', odot: '⊙', circ: '∘'
};

/** Big operators: a symbol that reads like a word. */
const BIG: Record<string, string> = { sum: 'Σ', prod: 'Π', int: '∫' };

const FUNCTIONS = new Set([
	'log', 'ln', 'exp', 'max', 'min', 'tanh', 'sinh', 'cosh', 'sin', 'cos', 'tan', 'arg', 'det',
	'lim', 'sup', 'inf', 'sgn', 'argmax', 'argmin'
]);

/** Commands whose one argument is just shown (fonts and text). */
const FONTS = new Set([
	'mathrm', 'text', 'textrm', 'textit', 'textbf', 'mathit', 'mathbf', 'mathsf', 'mathtt',
	'boldsymbol', 'mathcal', 'mathbb', 'mbox', 'mathnormal'
]);

/** Accents, as Unicode combining marks. */
const ACCENTS: Record<string, string> = {
	hat: '\u0302', widehat: '\u0302', bar: '\u0304', overline: '\u0305', tilde: '\u0303',
	widetilde: '\u0303', dot: '\u0307', ddot: '\u0308', vec: '\u20d7'
};

const SPACES: Record<string, string> = { ',': ' ', ';': ' ', ':': ' ', ' ': ' ', '!': '', '>': ' ' };

const VULGAR: Record<string, string> = {
	'1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾', '1/5': '⅕', '1/6': '⅙', '1/8': '⅛'
};

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

function tokenize(tex: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < tex.length) {
		const code = tex.charCodeAt(i);
		if (code === 92) {
			// A backslash: a control word (\frac) or a control symbol (\, \{).
			let j = i + 1;
			while (j < tex.length && isLetter(tex.charCodeAt(j))) j++;
			if (j > i + 1) {
				// TeX swallows the spaces after a control word; here they are kept (`\eta = 0.5` reads
				// "η = 0.5"), except after the prefix symbols ∂ and ∇ (see `command`).
				tokens.push({ kind: 'cmd', name: tex.slice(i + 1, j) });
				i = j;
			} else {
				tokens.push({ kind: 'cmd', name: tex.charAt(i + 1) });
				i += 2;
			}
		} else if (isSpace(code)) {
			while (i < tex.length && isSpace(tex.charCodeAt(i))) i++;
			tokens.push({ kind: 'space' });
		} else {
			const c = tex.charAt(i);
			if (c === '{') tokens.push({ kind: 'open' });
			else if (c === '}') tokens.push({ kind: 'close' });
			else if (c === '_') tokens.push({ kind: 'sub' });
			else if (c === '^') tokens.push({ kind: 'sup' });
			else tokens.push({ kind: 'char', ch: c });
			i++;
		}
	}
	return tokens;
}

/** Collapses runs of ordinary spaces and trims (the markers are resolved at the very end). */
function tidy(s: string): string {
	return s.replace(/ {2,}/g, ' ').trim();
}

/** Does s read as one unit, needing no parentheses around it (no operator outside parentheses)? */
function atomic(s: string, leadingMinus: boolean): boolean {
	let depth = 0;
	const chars = Array.from(s);
	for (let k = 0; k < chars.length; k++) {
		const c = chars[k];
		if (c === '(' || c === '[' || c === '{') depth++;
		else if (c === ')' || c === ']' || c === '}') depth--;
		else if (depth === 0 && ' +-·×÷/=±,<>≤≥≈→←|;'.includes(c)) {
			if (!(c === '-' && k === 0 && leadingMinus)) return false;
		}
	}
	return s !== '';
}

const wrap = (s: string, leadingMinus = false) => (atomic(s, leadingMinus) ? s : `(${s})`);

class Converter {
	private i = 0;
	constructor(private readonly tokens: Token[]) {}

	/** Everything up to the closing brace of the current group (or the end). */
	sequence(): string {
		let out = '';
		while (this.i < this.tokens.length) {
			const t = this.tokens[this.i];
			if (t.kind === 'close') return out;
			out += this.atom();
		}
		return out;
	}

	/** Steps over a closing brace that has no opening one; false at the end. */
	skipClose(): boolean {
		if (this.i >= this.tokens.length) return false;
		this.i++;
		return true;
	}

	/** One argument: a braced group, or a single token (`\tfrac12` has arguments 1 and 2). */
	argument(): string {
		while (this.tokens[this.i]?.kind === 'space') this.i++;
		const t = this.tokens[this.i];
		if (t === undefined || t.kind === 'close') return '';
		if (t.kind === 'open') {
			this.i++;
			const inner = this.sequence();
			this.i++; // the closing brace, if any
			return tidy(inner);
		}
		return tidy(this.atom());
	}

	private atom(): string {
		const t = this.tokens[this.i++];
		switch (t.kind) {
			case 'space':
				return ' ';
			case 'char':
				if (t.ch === '~') return ' ';
				if (t.ch === '&') return ' ';
				return t.ch;
			case 'open': {
				const inner = this.sequence();
				this.i++;
				return inner;
			}
			case 'close':
				return '';
			case 'sub': {
				const s = this.argument();
				const flat = s.replace(/_/g, '');
				return atomic(flat, false) && !flat.includes('^') ? `_${flat}` : `_(${s})`;
			}
			case 'sup': {
				const s = this.argument();
				return atomic(s, false) && !s.includes('_') && !s.includes('^') ? `^${s}` : `^(${s})`;
			}
			case 'cmd':
				return this.command(t.name);
		}
	}

	private command(name: string): string {
		if (name in SPACES) return SPACES[name];
		if (name === '\\') return '; ';
		if (name.length === 1) return name; // \{ \} \% \# \& \$ \_ \|
		if (name === 'quad') return QUAD;
		if (name === 'qquad') return QUAD + QUAD;
		if (name === 'partial' || name === 'nabla') {
			// `\partial E` is one symbol, ∂E.
			while (this.tokens[this.i]?.kind === 'space') this.i++;
			return SYMBOLS[name];
		}
		if (name in SYMBOLS) return SYMBOLS[name];
		if (name in BINARY) return ` ${BINARY[name]} `;
		if (name in BIG) return BIG[name] + OPSPACE;
		if (FUNCTIONS.has(name)) return name + OPSPACE;
		if (name === 'operatorname') return this.argument() + OPSPACE;
		if (FONTS.has(name)) return this.argument();
		if (name in ACCENTS) {
			const s = this.argument();
			return Array.from(s).length === 1 ? s + ACCENTS[name] : `${name}(${s})`;
		}
		if (name === 'frac' || name === 'tfrac' || name === 'dfrac' || name === 'cfrac') {
			const num = this.argument();
			const den = this.argument();
			return VULGAR[`${num}/${den}`] ?? `${wrap(num, true)}/${wrap(den)}`;
		}
		if (name === 'sqrt') return this.sqrt();
		if (name === 'left' || name === 'right' || /^[bB]igg?[lr]?$/.test(name)) return this.delimiter();
		if (name === 'begin' || name === 'end') {
			this.argument();
			return '';
		}
		return name + OPSPACE;
	}

	private sqrt(): string {
		while (this.tokens[this.i]?.kind === 'space') this.i++;
		let index = '';
		const t = this.tokens[this.i];
		if (t?.kind === 'char' && t.ch === '[') {
			this.i++;
			while (this.i < this.tokens.length) {
				const u = this.tokens[this.i];
				if (u.kind === 'char' && u.ch === ']') {
					this.i++;
					break;
				}
				index += this.atom();
			}
		}
		const body = this.argument();
		const root = index === '' || index === '2' ? '√' : index === '3' ? '∛' : index === '4' ? '∜' : `${tidy(index)}√`;
		return `${root}(${body})`;
	}

	/** The delimiter after \left or \right: `(`, `\{`, `\lvert`, or `.` for none. */
	private delimiter(): string {
		while (this.tokens[this.i]?.kind === 'space') this.i++;
		const t = this.tokens[this.i];
		if (t === undefined) return '';
		if (t.kind === 'char') {
			this.i++;
			return t.ch === '.' ? '' : t.ch;
		}
		if (t.kind === 'cmd') {
			this.i++;
			if (t.name.length === 1) return t.name === '|' ? '‖' : t.name;
			return SYMBOLS[t.name] ?? BINARY[t.name] ?? t.name;
		}
		return '';
	}
}

/** Plain text for a TeX string of the engine's subset. */
export function texToText(tex: string): string {
	const converter = new Converter(tokenize(tex));
	let out = '';
	// A stray closing brace at the top level is skipped rather than ending the conversion.
	for (;;) {
		out += converter.sequence();
		if (!converter.skipClose()) break;
	}
	// Each clean-up runs only where its marker occurs (these regexes dominate the cost otherwise).
	if (out.includes(OPSPACE)) out = out.replace(OPSPACE_BEFORE_WORD, ' ').replaceAll(OPSPACE, '');
	if (out.includes('  ')) out = out.replace(/ {2,}/g, ' ');
	if (out.includes('( ') || out.includes('[ ')) out = out.replace(/([([]) /g, '$1');
	if (out.includes(' )') || out.includes(' ]')) out = out.replace(/ ([)\]])/g, '$1');
	if (out.includes(QUAD)) out = out.replace(/ *\u0001[ \u0001]*/g, (run) => '  '.repeat(run.split(QUAD).length - 1));
	return out.trim();
}
