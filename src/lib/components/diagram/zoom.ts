// Zoom and pan of the diagram (d3-zoom). The buttons zoom about the current step, and a zoomed-in
// view follows the step when it leaves (view/diagram/focus.ts finds it). The page scrolls over the
// diagram: the wheel zooms only with Ctrl or ⌘ (a trackpad's pinch arrives so), a finger pans only
// once zoomed in, and two fingers pinch; the buttons beside the diagram do the same for the keyboard.

import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3';
import 'd3-transition';
import type { Point } from '$lib/view/diagram/layout';

export interface Zoomer {
	/** Multiplies the scale by `factor` about `focus` (a point of the drawing), else the centre. */
	by(factor: number, focus?: Point | null): void;
	/** Zoomed in, brings the point `focus()` gives back to the middle when it has left the view (or nearly). */
	follow(focus: () => Point | null): void;
	/** Back to the whole network. */
	reset(animate?: boolean): void;
	current(): ZoomTransform;
}

export const MAX_ZOOM = 8;

/** Attaches zoom to `svg`; `viewport()` is the group that moves (rebuilt with each new layout). */
export function attachZoom(svg: SVGSVGElement, viewport: () => SVGGElement | null, onzoom: (k: number) => void): Zoomer {
	const root = select(svg);
	let k = 1;
	const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, MAX_ZOOM])
		.filter((event: Event) => {
			if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
			if (event.type.startsWith('touch')) return k > 1 || (event as TouchEvent).touches.length > 1;
			return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
		})
		.on('zoom', (event: { transform: ZoomTransform }) => {
			k = event.transform.k;
			viewport()?.setAttribute('transform', event.transform.toString());
			// Unzoomed, a finger scrolls the page; zoomed in, it moves the diagram.
			svg.style.touchAction = k > 1 ? 'none' : 'pan-x pan-y';
			onzoom(k);
		});
	/** Panning stays within the drawing (the viewBox, which changes with the layout). */
	const fit = () => {
		const box = svg.viewBox.baseVal;
		behaviour.translateExtent([
			[0, 0],
			[box.width, box.height]
		]);
	};
	root.call(behaviour);
	root.on('dblclick.zoom', null); // a double click is two clicks on a weight, not a zoom
	svg.style.touchAction = 'pan-x pan-y';
	return {
		by(factor, focus) {
			const at = focus ? (zoomTransform(svg).apply([focus.x, focus.y]) as [number, number]) : null;
			if (at) root.transition().duration(200).call(behaviour.scaleBy, factor, at);
			else root.transition().duration(200).call(behaviour.scaleBy, factor);
		},
		follow(focusOf) {
			if (k <= 1) return;
			const focus = focusOf();
			if (!focus) return;
			const box = svg.viewBox.baseVal;
			const [x, y] = zoomTransform(svg).apply([focus.x, focus.y]);
			const margin = 0.1;
			const inside = x > box.width * margin && x < box.width * (1 - margin) && y > box.height * margin && y < box.height * (1 - margin);
			if (!inside) root.transition().duration(200).call(behaviour.translateTo, focus.x, focus.y);
		},
		reset(animate = true) {
			fit();
			if (animate) root.transition().duration(200).call(behaviour.transform, zoomIdentity);
			else root.call(behaviour.transform, zoomIdentity);
		},
		current: () => zoomTransform(svg)
	};
}
