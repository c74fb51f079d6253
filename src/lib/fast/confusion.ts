// The confusion matrix of a classifier on labelled samples: cell (t, p) counts the samples of true
// class t predicted as p; the diagonal holds the correct ones, each row sums to that class's count.

export interface Confusion {
	classes: number;
	/** counts[t * classes + p]. */
	counts: Uint32Array;
	total: number;
	correct: number;
}

/** `classes` as the predictions of `count` samples of `k` classes, or null where it is not that (not bytes, another length, a class out of range). */
export function asPredictions(classes: unknown, count: number, k: number): Uint8Array | null {
	if (!(classes instanceof Uint8Array) || classes.length !== count) return null;
	for (const c of classes) if (c >= k) return null;
	return classes;
}

export function confusionMatrix(labels: ArrayLike<number>, predictions: ArrayLike<number>, classes: number): Confusion {
	if (labels.length !== predictions.length) throw new Error(`${labels.length} labels but ${predictions.length} predictions`);
	const counts = new Uint32Array(classes * classes);
	let correct = 0;
	for (let s = 0; s < labels.length; s++) {
		const t = labels[s];
		const p = predictions[s];
		if (!(t >= 0 && t < classes && p >= 0 && p < classes)) throw new Error(`sample ${s}: class ${t} or ${p} outside 0…${classes - 1}`);
		counts[t * classes + p]++;
		if (t === p) correct++;
	}
	return { classes, counts, total: labels.length, correct };
}

export const countAt = (c: Confusion, truth: number, predicted: number): number => c.counts[truth * c.classes + predicted];

/** Samples of each true class (row sums). */
export function rowTotals(c: Confusion): number[] {
	return Array.from({ length: c.classes }, (_, t) => {
		let s = 0;
		for (let p = 0; p < c.classes; p++) s += countAt(c, t, p);
		return s;
	});
}

/** Recall of each class: correct / samples of that class (null for a class with no samples). */
export function recalls(c: Confusion): (number | null)[] {
	return rowTotals(c).map((n, t) => (n === 0 ? null : countAt(c, t, t) / n));
}

export interface Mistake {
	/** Index among the samples given. */
	index: number;
	truth: number;
	predicted: number;
}

/** The first `limit` misclassified samples, in order; with `truth`/`predicted`, only that cell's. */
export function mistakes(
	labels: ArrayLike<number>, predictions: ArrayLike<number>, limit: number, cell?: { truth: number; predicted: number }
): Mistake[] {
	const out: Mistake[] = [];
	for (let s = 0; s < labels.length && out.length < limit; s++) {
		const t = labels[s];
		const p = predictions[s];
		if (t === p) continue;
		if (cell && (cell.truth !== t || cell.predicted !== p)) continue;
		out.push({ index: s, truth: t, predicted: p });
	}
	return out;
}
