// TeX as plain text, for notes and the command line's marked sheet: \frac{\partial E}{\partial w_5}
// reads ∂E/∂w_5, \delta_{O_1} reads δ_O_1, 0.25 \cdot 0.48 reads 0.25 · 0.48. Only the TeX the
// trace writes is handled; anything else keeps its letters with the backslash dropped.

const SYMBOLS: Record<string, string> = {
	partial: '∂',
	delta: 'δ',
	Delta: 'Δ',
	sigma: 'σ',
	eta: 'η',
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	mu: 'μ',
	rho: 'ρ',
	epsilon: 'ε',
	varepsilon: 'ε',
	lambda: 'λ',
	theta: 'θ',
	tanh: 'tanh',
	log: 'log',
	ln: 'ln',
	exp: 'exp',
	min: 'min',
	max: 'max',
	sum: 'Σ',
	cdot: '·',
	times: '×',
	cdots: '…',
	ldots: '…',
	dots: '…',
	lVert: '‖',
	rVert: '‖',
	infty: '∞',
	prime: '′',
	quad: '   ',
	qquad: '   ',
	left: '',
	right: '',
	big: '',
	Big: '',
	mathrm: '',
	text: '',
	operatorname: '',
	displaystyle: ''
};

/** The brace group starting at `i` (which must be `{`), and the index after it. */
function group(s: string, i: number): [string, number] {
	let depth = 0;
	for (let k = i; k < s.length; k++) {
		if (s[k] === '{') depth++;
		else if (s[k] === '}' && --depth === 0) return [s.slice(i + 1, k), k + 1];
	}
	return [s.slice(i + 1), s.length];
}

/** One argument of a command: a brace group or a single character. */
function arg(s: string, i: number): [string, number] {
	while (s[i] === ' ') i++;
	if (s[i] === '{') return group(s, i);
	return [s[i] ?? '', i + 1];
}

const simple = (s: string) => /^[\w.∂δσηαβμρελθ′'-]*$/u.test(s);

export function texToPlain(tex: string): string {
	let out = '';
	for (let i = 0; i < tex.length; ) {
		const c = tex[i];
		if (c === '\\') {
			const m = /^\\([A-Za-z]+|.)/.exec(tex.slice(i));
			const name = m ? m[1] : '';
			i += 1 + name.length;
			if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
				const [num, j] = arg(tex, i);
				const [den, k] = arg(tex, j);
				i = k;
				const n = texToPlain(num);
				const d = texToPlain(den);
				out += n === '1' && d === '2' ? '½' : `${simple(n.replace(/ /g, '')) ? n.replace(/ /g, '') : `(${n})`}/${simple(d.replace(/ /g, '')) ? d.replace(/ /g, '') : `(${d})`}`;
			} else if (name === 'sqrt') {
				const [x, j] = arg(tex, i);
				i = j;
				out += `√(${texToPlain(x)})`;
			} else if (name === 'hat' || name === 'tilde' || name === 'bar') {
				const [x, j] = arg(tex, i);
				i = j;
				out += texToPlain(x) + (name === 'hat' ? '\u0302' : name === 'tilde' ? '\u0303' : '\u0304');
			} else if (name === ',' || name === ';' || name === ':') {
				out += name === ',' ? '·' : ' ';
			} else if (name === '{' || name === '}' || name === '|' || name === '%' || name === '_') {
				out += name === '|' ? '‖' : name;
			} else if (name === '\\') {
				out += '\n';
			} else {
				out += SYMBOLS[name] ?? name;
			}
		} else if (c === '_' || c === '^') {
			const [x, j] = arg(tex, i + 1);
			i = j;
			const inner = texToPlain(x);
			out += c + (simple(inner) || /^\(.*\)$/.test(inner) ? inner : `(${inner})`);
		} else if (c === '{' || c === '}') {
			i++;
		} else {
			out += c;
			i++;
		}
	}
	return out.replace(/[ \t]{2,}(?=\S)/g, (m) => (m.length >= 3 ? '   ' : ' ')).trim();
}
