// One result per implementation, mode and batch: the median of its repeated measurements.

import type { Result } from './measure';

export const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function medians(measured: Result[]): Result[] {
	const groups = new Map<string, Result[]>();
	for (const r of measured) {
		const key = `${r.name}|${r.mode}|${r.batch}`;
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	return [...groups.values()].map((rs) => {
		const gflops = rs.flatMap((r) => (r.gflops === undefined ? [] : [r.gflops]));
		return { ...rs[0], samplesPerSec: median(rs.map((r) => r.samplesPerSec)), ...(gflops.length ? { gflops: median(gflops) } : {}) };
	});
}
