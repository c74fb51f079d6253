// Long histories of a training run, kept short enough to draw.

/** Appends `more`; past `max` items, every other item of the older half is dropped (the shape stays). */
export function appendThinned<T>(list: T[], more: T[], max: number): T[] {
	let all = list.concat(more);
	while (all.length > max) {
		const half = all.length - Math.floor(max / 2);
		all = all.filter((_, i) => i >= half || i % 2 === 0);
	}
	return all;
}
