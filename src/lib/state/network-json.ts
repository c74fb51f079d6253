// The network file (docs/network-file.md) as the user edits it: plain JSON, not yet validated. Every edit returns
// a new object (the old one is kept until the new one validates), so nothing is lost when an edit is
// refused.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface LayerJson {
	size: number;
	activation?: string | { name: string; [param: string]: Json };
	weights?: number[][];
	biases?: number[] | number;
	names?: string[];
	weightNames?: string[][];
	biasNames?: string[] | string;
	[key: string]: Json | undefined;
}

export interface SampleJson {
	input: number[];
	target: number[] | number;
}

export interface NetworkJson {
	title?: string | { en: string; "zh-TW": string };
	layers: LayerJson[];
	loss?: string;
	samples: SampleJson[];
	optimizer?: { type: string; [param: string]: Json };
	rounding?: { decimals: number } | { significant: number };
	[key: string]: Json | undefined | LayerJson[] | SampleJson[];
}

/** The rounding the course uses when the file has none and the user turns rounding on. */
export const COURSE_ROUNDING = { decimals: 2 } as const;

export function clone<T>(x: T): T {
	return structuredClone(x);
}

/** Is this value shaped like a network file at the top level (an object with layers and samples)? */
export function looksLikeNetwork(x: unknown): x is NetworkJson {
	return (
		typeof x === 'object' &&
		x !== null &&
		!Array.isArray(x) &&
		Array.isArray((x as NetworkJson).layers) &&
		Array.isArray((x as NetworkJson).samples)
	);
}

/** The file with rounding on (its own rounding, or the course's 2 decimals) or off (no rounding key). */
export function withRounding(json: NetworkJson, on: boolean): NetworkJson {
	const out = { ...json };
	if (on) out.rounding = json.rounding ?? COURSE_ROUNDING;
	else delete out.rounding;
	return out;
}

/** The activation's name, whether written as a name or as {name, …}. */
export function activationName(layer: LayerJson): string {
	const a = layer.activation;
	return typeof a === 'string' ? a : (a?.name ?? 'linear');
}

/** The activation's parameter as written in the file, if any. */
export function activationParam(layer: LayerJson, param: string): Json | undefined {
	const a = layer.activation;
	return typeof a === 'object' && a !== null ? a[param] : undefined;
}
