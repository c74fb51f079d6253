// The nearest known name to a misspelt one: "sigmod" → "sigmoid", "learning_rate" → "learningRate".

/**
 * Damerau–Levenshtein distance (optimal string alignment): the fewest insertions, deletions,
 * substitutions and swaps of two neighbouring characters that turn `a` into `b`.
 */
export function editDistance(a: string, b: string): number {
	const m = a.length;
	const n = b.length;
	// d[i][j] = distance between the first i characters of a and the first j of b.
	const d: number[][] = Array.from({ length: m + 1 }, (_, i) => {
		const row = new Array<number>(n + 1).fill(0);
		row[0] = i;
		return row;
	});
	for (let j = 0; j <= n; j++) d[0][j] = j;
	for (let i = 1; i <= m; i++) {
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
			}
		}
	}
	return d[m][n];
}

/** Case, `_`, `-` and spaces do not count: `LeakyReLU`, `leaky-relu` and `leaky_relu` are one name. */
function normalise(s: string): string {
	return s.toLowerCase().replace(/[_\-\s]/g, '');
}

/**
 * The candidate `input` most likely stands for, or null when none is close. In order: the same name
 * up to case and separators; the nearest by edit distance when it is at most a third of the input's
 * length (at least 1, at most 3); the first candidate that starts with the input (`glorot` →
 * `glorot_uniform`), candidates being listed in order of preference.
 */
export function suggest(input: string, candidates: readonly string[]): string | null {
	if (input.length === 0 || input.length > 64) return null;
	const key = normalise(input);
	const same = candidates.find((c) => normalise(c) === key);
	if (same !== undefined) return same;
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const dist = Math.min(editDistance(input, c), editDistance(key, normalise(c)));
		if (dist < bestDistance) {
			best = c;
			bestDistance = dist;
		}
	}
	const allowed = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
	if (best !== null && bestDistance <= allowed) return best;
	if (key.length >= 3) {
		const prefixed = candidates.find((c) => normalise(c).startsWith(key));
		if (prefixed !== undefined) return prefixed;
	}
	return null;
}
