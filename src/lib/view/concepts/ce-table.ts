// The course's softmax / one-hot cross-entropy example, computed with the engine's loss.
//
// The sheet predicts ŷ = (0.09, 0.07, 0.08, 0.08, 0.09, 0.10, 0.10, 0.21, 0.10, 0.09) for a 7 and
// writes CE = −Σ yᵢ log ŷᵢ = 0.156. With the one-hot target only class 7 counts:
// CE = −ln 0.21 ≈ 1.5606 (natural log, as Keras and this engine use); with log₁₀ it would be 0.6778,
// with log₂ 2.2515. The sheet's 0.156 is none of them: it is 1.56 with the decimal point one place
// off. (Its predictions also add up to 1.01, not 1: Keras divides them by their sum first, giving
// −ln(0.21/1.01) ≈ 1.5706.)

import { lossOp } from '$lib/engine/ops';

export const COURSE_PREDICTION = [0.09, 0.07, 0.08, 0.08, 0.09, 0.1, 0.1, 0.21, 0.1, 0.09] as const;
export const COURSE_CLASS = 7;
export const COURSE_SHEET_VALUE = 0.156;

export interface CeRow {
	k: number;
	y: number;
	yHat: number;
	/** −y_k ln ŷ_k: this class's share of the loss (the engine's loss on this one output). */
	term: number;
}

export interface CeTable {
	rows: CeRow[];
	/** CE = −Σ y_k ln ŷ_k from lossOp('categorical_crossentropy'). */
	ce: number;
	/** The same with sparse categorical cross-entropy and the class index: must equal ce. */
	sparse: number;
	/** −log₁₀ ŷ_c, the value had the sheet used base-10 logarithms. */
	log10: number;
	/** Σ ŷ_k (1.01 on the sheet). */
	sum: number;
	/** Keras's value: the predictions divided by their sum before the logarithm. */
	normalised: number;
	sheet: number;
}

export function courseCrossEntropy(prediction: readonly number[] = COURSE_PREDICTION, c: number = COURSE_CLASS): CeTable {
	const cce = lossOp('categorical_crossentropy');
	const y = prediction.map((_, k) => (k === c ? 1 : 0));
	const a = [...prediction];
	const rows = a.map((yHat, k) => ({ k, y: y[k], yHat, term: cce.value([yHat], [y[k]]) }));
	const ce = cce.value(a, y);
	const sum = a.reduce((s, v) => s + v, 0);
	return {
		rows,
		ce,
		sparse: lossOp('sparse_categorical_crossentropy').value(a, y),
		log10: ce / Math.LN10,
		sum,
		normalised: cce.value(
			a.map((v) => v / sum),
			y
		),
		sheet: COURSE_SHEET_VALUE
	};
}
