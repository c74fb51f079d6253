// An independent reference for the course's 2-2-2 sigmoid network (half_sse, sgd), written out
// formula by formula, with switches that make each common mistake on purpose. The checker's own
// recomputation goes through the trace's local rules; this goes through none of it.

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

export interface Course {
	H: number[];
	O: number[];
	E: number;
	dO: number[];
	deltaO: number[];
	/** gW2[j][i] = ∂E/∂w[2][j+1][i+1]: w_5 = [0][0], w_7 = [0][1], w_6 = [1][0], w_8 = [1][1]. */
	gW2: number[][];
	dH: number[];
	deltaH: number[];
	/** gW1[j][i] = ∂E/∂w[1][j+1][i+1]: w_1 = [0][0], w_3 = [0][1], w_2 = [1][0], w_4 = [1][1]. */
	gW1: number[][];
	/** Updated weights, same layout. */
	W2new: number[][];
	W1new: number[][];
}

export interface Mistakes {
	/** Multiply ∂E/∂O by this (2: the ½ of the loss forgotten). */
	lossFactor?: number;
	/** δ written as ∂E/∂a in these layers (1 hidden, 2 output). */
	forgetDerivative?: number[];
	/** ∂E/∂H_i taken as Σ_j ∂E/∂w[2][j][i] (the course sheet). */
	sumWeightGradients?: boolean;
	/** Back-propagate through the updated output weights. */
	newWeightsInBackprop?: boolean;
	/** Override H_1 (a person's wrong value) and carry it forward. */
	H1?: number;
}

export const W1 = [
	[0.2, 0.5],
	[-0.4, 0.6]
];
export const W2 = [
	[0.1, -0.3],
	[-0.5, 0.8]
];
export const X = [0.5, 0.3];
export const Y = [0.23, -0.07];
export const ETA = 0.5;

export function course(m: Mistakes = {}, x = X, y = Y): Course {
	const H = W1.map((row) => sigma(row[0] * x[0] + row[1] * x[1]));
	if (m.H1 !== undefined) H[0] = m.H1;
	const O = W2.map((row) => sigma(row[0] * H[0] + row[1] * H[1]));
	const E = 0.5 * (y[0] - O[0]) ** 2 + 0.5 * (y[1] - O[1]) ** 2;
	const dO = O.map((o, j) => (o - y[j]) * (m.lossFactor ?? 1));
	const forgets = (l: number) => m.forgetDerivative?.includes(l) ?? false;
	const deltaO = dO.map((d, j) => (forgets(2) ? d : d * O[j] * (1 - O[j])));
	const gW2 = deltaO.map((d) => H.map((h) => d * h));
	const W2new = W2.map((row, j) => row.map((w, i) => w - ETA * gW2[j][i]));
	const Wback = m.newWeightsInBackprop ? W2new : W2;
	const dH = H.map((_, i) =>
		m.sumWeightGradients ? gW2[0][i] + gW2[1][i] : deltaO[0] * Wback[0][i] + deltaO[1] * Wback[1][i]
	);
	const deltaH = dH.map((d, i) => (forgets(1) ? d : d * H[i] * (1 - H[i])));
	const gW1 = deltaH.map((d) => x.map((xi) => d * xi));
	const W1new = W1.map((row, j) => row.map((w, i) => w - ETA * gW1[j][i]));
	return { H, O, E, dO, deltaO, gW2, dH, deltaH, gW1, W2new, W1new };
}

/** x written with d decimals (the tests' numbers never sit on a rounding tie at these places). */
export const fixed = (x: number, d: number) => x.toFixed(d);
