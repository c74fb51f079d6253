// Verdict badges on the drawn diagram: each element named in the map gets the class v-<verdict>,
// data-verdict, its verdict's word after its accessible name, and an icon badge at its top right
// corner (the edge's badge goes on its label), so a verdict never rests on colour alone.

import { LABEL_BOX, TAG_BOX, type Layout } from '$lib/view/diagram/layout';

export interface Badge {
	verdict: string;
	icon: string;
	/** Added to the element's accessible name. */
	word: string;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Where the badge sits on each kind of element (its top right corner). */
function corner(g: Element, layout: Layout): [number, number] {
	const c = g.classList;
	if (c.contains('node')) return [layout.r * 0.8, -layout.r * 0.8];
	if (c.contains('edge-label')) return [LABEL_BOX.width / 2, -12];
	if (c.contains('bias')) return [TAG_BOX.width / 2, -TAG_BOX.height / 2];
	if (c.contains('loss')) return [44, -18];
	return [0, 0];
}

export function setBadges(svg: SVGSVGElement, layout: Layout, badges: Map<string, Badge>): void {
	for (const g of svg.querySelectorAll('[data-key]')) {
		const old = g.getAttribute('data-verdict');
		if (old) g.classList.remove(`v-${old}`);
		g.querySelector(':scope > .verdict-badge')?.remove();
		const base = g.getAttribute('aria-label')?.replace(/ \([^()]*\)$/, '');
		const badge = badges.get(g.getAttribute('data-key') ?? '');
		if (!badge) {
			if (old) {
				g.removeAttribute('data-verdict');
				if (base) g.setAttribute('aria-label', base);
			}
			continue;
		}
		g.classList.add(`v-${badge.verdict}`);
		g.setAttribute('data-verdict', badge.verdict);
		if (base) g.setAttribute('aria-label', `${base} (${badge.word})`);
		if (g.classList.contains('edge')) continue;
		const [x, y] = corner(g, layout);
		const mark = document.createElementNS(SVG, 'g');
		mark.setAttribute('class', 'verdict-badge');
		mark.setAttribute('transform', `translate(${x},${y})`);
		mark.setAttribute('aria-hidden', 'true');
		const circle = document.createElementNS(SVG, 'circle');
		circle.setAttribute('r', '9');
		const text = document.createElementNS(SVG, 'text');
		text.setAttribute('text-anchor', 'middle');
		text.setAttribute('dy', '0.35em');
		text.textContent = badge.icon;
		mark.append(circle, text);
		g.append(mark);
	}
}
