// Relative agreement with a floor: |a − b| ≤ rel · max(|a|, |b|, floor). Values far below `floor`
// (sums that cancel to ~1e-18) are compared at the absolute level rel · floor.

export function close(a: number, b: number, rel: number, floor = 1e-2): boolean {
	return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), floor);
}

/** The ids of `expected` whose value in `actual` is missing or not close. */
export function mismatches(expected: Record<string, number>, actual: Record<string, number>, rel: number): string[] {
	return Object.keys(expected)
		.filter((id) => !(id in actual) || !close(expected[id], actual[id], rel))
		.map((id) => `${id}: expected ${expected[id]}, got ${actual[id]}`);
}
