// Numbers in the race's tables: the engine's display format (4 decimals, scientific below 0.001),
// in plain text.

import { formatPlain } from '$lib/engine/format/number';
import type { Point } from '$lib/engine/concepts/race';

export function num(x: number): string {
	return formatPlain(x, null);
}

export function pair(p: Point | readonly [number, number]): string {
	return `(${num(p[0])}, ${num(p[1])})`;
}

/** Plain names of the state keys (the TeX symbols are in the rule). */
const STATE_NAMES: Record<string, string> = { pi: 'Π', mg: 'ḡ', mom: 'm' };

export function stateName(key: string): string {
	return STATE_NAMES[key] ?? key;
}
