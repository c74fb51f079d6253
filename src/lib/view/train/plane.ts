// The output plane's colours: the network's output (two classes: the probability of class 1 on the
// blue–orange scale; several: the likeliest class's colour, fading with doubt; regression: the value
// scaled by its largest size), or with "discretise" only the class each cell gets; or one neuron's own
// output when the page points at it (hover or focus in the network).

import { CLASS_COLOURS, diverging, maxAbs, mix, type CellColour, type Rgb } from './colors';

export interface PlaneLook {
	regression: boolean;
	discretize: boolean;
}

/** Strength of a discretised cell's colour on the diverging scale. */
const FLAT = 0.75;

/** The colour of each cell from the output layer's values (one array per output neuron). */
export function outputColours(out: Float64Array[], look: PlaneLook, bg: Rgb): CellColour {
	if (out.length === 1) {
		const v = out[0];
		if (look.regression) {
			const scale = maxAbs(v);
			return (c, rgb) => diverging(look.discretize ? Math.sign(v[c]) * FLAT : v[c] / scale, bg, rgb);
		}
		// Sigmoid output p ∈ [0, 1] → t = 2p − 1; discretised: which side of p = ½.
		return (c, rgb) => diverging(look.discretize ? (v[c] >= 0.5 ? FLAT : -FLAT) : 2 * v[c] - 1, bg, rgb);
	}
	const K = out.length;
	return (c, rgb) => {
		let best = 0;
		for (let k = 1; k < K; k++) if (out[k][c] > out[best][c]) best = k;
		// Certainty from 1/K (none) to 1 (sure).
		const sure = look.discretize ? 1 : Math.max(0, (out[best][c] - 1 / K) / (1 - 1 / K));
		return mix(bg, CLASS_COLOURS[best % CLASS_COLOURS.length], 0.15 + 0.6 * sure, rgb);
	};
}

/** One neuron's (or feature's) output, scaled by its largest size, as its thumbnail draws it. */
export function neuronColours(values: Float64Array, bg: Rgb): CellColour {
	const scale = maxAbs(values);
	return (c, rgb) => diverging(values[c] / scale, bg, rgb);
}
