// The ellipsis rows of a wide layer (../../view/diagram/collapse.ts): "⋮" over "58 more", a button
// that draws the layer whole. Its accessible name ("Show the 58 hidden neurons of layer 2") comes
// from the page's describer, in the page's language.

import type { Selection } from 'd3';
import type { Describe } from '$lib/view/diagram/describe';
import type { Layout } from '$lib/view/diagram/layout';

type G = Selection<SVGGElement, unknown, null, undefined>;

export function drawGaps(parent: G, layout: Layout, expand: ((l: number) => void) | undefined): void {
	for (const gap of layout.gaps) {
		const g = parent.append('g').attr('class', 'gap').attr('data-key', gap.key).attr('data-hidden', gap.hidden).attr('transform', `translate(${gap.x},${gap.y})`);
		g.append('title');
		g.append('text').attr('class', 'dots').attr('text-anchor', 'middle').attr('dy', '0.1em').text('⋮');
		g.append('text').attr('class', 'count').attr('text-anchor', 'middle').attr('y', 13).text(`+${gap.hidden}`);
		if (!expand) continue;
		g.attr('tabindex', 0)
			.attr('role', 'button')
			.on('click', () => expand(gap.l))
			.on('keydown', (event: KeyboardEvent) => {
				if (event.key !== 'Enter' && event.key !== ' ') return;
				event.preventDefault();
				expand(gap.l);
			});
	}
}

export function describeGaps(parent: Selection<SVGSVGElement, unknown, null, undefined>, layout: Layout, describe: Describe): void {
	for (const gap of layout.gaps) {
		const g = parent.select<SVGGElement>(`g.gap[data-key="${gap.key}"]`);
		const text = describe.gap(gap.hidden, gap.l);
		g.attr('aria-label', text);
		g.select('title').text(text);
	}
}
