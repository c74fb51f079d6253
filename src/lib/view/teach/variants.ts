// The preview of a class set on /teach: one row per variant with its given numbers and its key.

import type { ExerciseSet } from '$lib/engine/exercise/generate';
import { texToText } from '$lib/engine/format/tex-text';

export interface VariantRow {
	name: string;
	/** "x_1 = 0.5, w_1 = 0.2, …" */
	givens: string;
	/** "H_1 = 0.56, …" */
	key: string;
}

const fmt = (x: number) => String(Number(x.toPrecision(12)));

export function variantRows(set: ExerciseSet): VariantRow[] {
	return set.variants.map((v) => {
		const leaves = Object.entries(v.exact.leaves).map(([id, x]) => `${texToText(v.exact.idToLabel[id] ?? id)} = ${fmt(x)}`);
		return { name: v.name, givens: leaves.join(', '), key: v.answers.map((a) => `${a.key} = ${a.written}`).join(', ') };
	});
}
