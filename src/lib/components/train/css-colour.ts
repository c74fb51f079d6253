// The page's colours for the canvases, read once per theme: getComputedStyle forces the browser to
// recalculate styles, and the heatmaps redraw many times a second while training.

import { parseColour, type Rgb } from '$lib/view/train/colors';

const cache = new Map<string, Rgb>();

/** The colour of the CSS variable `name` (e.g. '--surface') where `el` is, or `fallback`. */
export function cssColour(el: Element, name: string, fallback: string): Rgb {
	const key = `${document.documentElement.dataset.theme ?? ''} ${name}`;
	let c = cache.get(key);
	if (!c) {
		c = parseColour(getComputedStyle(el).getPropertyValue(name) || fallback);
		cache.set(key, c);
	}
	return c;
}
