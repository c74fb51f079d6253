// The diagram's text labels as drawn, for the overlap test: each label's box on screen (a tag's
// background box where it has one, else the text's own box), with the element it belongs to.

import type { Page } from 'playwright-core';

export interface LabelBox {
	owner: string;
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export function labelBoxes(page: Page): Promise<LabelBox[]> {
	return page.evaluate(() => {
		const out: LabelBox[] = [];
		const svg = document.querySelector('.diagram-svg');
		if (!svg) return out;
		const seen = new Set<Element>();
		for (const text of svg.querySelectorAll('text')) {
			const group = text.closest('g[data-key], g.gap');
			const owner = group?.getAttribute('data-key') ?? group?.getAttribute('class') ?? '?';
			const tagged = group && /\b(edge-label|bias|target|loss)\b/.test(group.getAttribute('class') ?? '') ? group.querySelector('rect') : null;
			const el = tagged ?? text;
			if (seen.has(el)) continue;
			// A hidden text (a bias drawn as a small marker, a label not drawn at this step) has no box.
			const own = text.getBoundingClientRect();
			if (own.width < 0.5 || own.height < 0.5 || !(text.textContent ?? '').trim()) continue;
			const box = el.getBoundingClientRect();
			seen.add(el);
			out.push({ owner, text: (tagged ? group!.textContent : text.textContent) ?? '', left: box.left, top: box.top, right: box.right, bottom: box.bottom });
		}
		return out;
	});
}

/** Pairs of labels of different elements whose boxes overlap by more than `slack` px each way. */
export function overlaps(boxes: LabelBox[], slack = 1): [LabelBox, LabelBox][] {
	const found: [LabelBox, LabelBox][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let k = i + 1; k < boxes.length; k++) {
			const a = boxes[i];
			const b = boxes[k];
			if (a.owner === b.owner) continue;
			const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
			const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
			if (x > slack && y > slack) found.push([a, b]);
		}
	}
	return found;
}
