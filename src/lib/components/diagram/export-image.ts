// The diagram as a stand-alone image: an SVG file that looks as the page draws it, and a PNG of it.
// The page styles the diagram from its stylesheet (classes, theme variables, hover-only labels), which
// a saved SVG does not carry: every element's computed presentation is written onto its copy, and
// what the page does not show is left out.

import { downloadBlob } from '../download';

const PRESENTATION = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'filter',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
] as const;
/** Geometry a stylesheet may set on a rect (the compact biases). */
const RECT_GEOMETRY = ['x', 'y', 'width', 'height'] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';

function copyPresentation(from: Element, to: Element): void {
	const style = getComputedStyle(from);
	const parts: string[] = [];
	for (const name of PRESENTATION) {
		const value = style.getPropertyValue(name);
		if (value && value !== 'none' && value !== 'normal') parts.push(`${name}:${value}`);
		else if (value === 'none' && (name === 'fill' || name === 'stroke')) parts.push(`${name}:none`);
	}
	if (from.localName === 'rect') {
		for (const name of RECT_GEOMETRY) {
			const value = style.getPropertyValue(name);
			if (value && value !== 'auto') to.setAttribute(name, value.replace(/px$/, ''));
		}
	}
	to.setAttribute('style', parts.join(';'));
}

/** Copies `from`'s subtree into `to`, with computed styles, leaving out what is not displayed. */
function copyShown(from: Element, to: Element): void {
	copyPresentation(from, to);
	to.removeAttribute('tabindex');
	to.removeAttribute('class');
	for (const child of Array.from(from.childNodes)) {
		if (child.nodeType === Node.TEXT_NODE) {
			to.append(child.cloneNode());
			continue;
		}
		if (!(child instanceof Element)) continue;
		const style = getComputedStyle(child);
		if (style.display === 'none' || style.visibility === 'hidden') continue;
		const copy = child.cloneNode(false) as Element;
		if (child.classList.contains('viewport')) copy.removeAttribute('transform'); // the whole network, unzoomed
		to.append(copy);
		copyShown(child, copy);
	}
}

/** The diagram as an SVG document's text, with a background of the page's colour. */
function diagramSvgText(svg: SVGSVGElement): string {
	const copy = document.createElementNS(SVG_NS, 'svg');
	const box = svg.viewBox.baseVal;
	copy.setAttribute('xmlns', SVG_NS);
	copy.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
	copy.setAttribute('width', String(box.width));
	copy.setAttribute('height', String(box.height));
	const label = svg.getAttribute('aria-label');
	if (label) {
		const title = document.createElementNS(SVG_NS, 'title');
		title.textContent = label;
		copy.append(title);
	}
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('x', String(box.x));
	background.setAttribute('y', String(box.y));
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#fff');
	copy.append(background);
	const body = document.createElementNS(SVG_NS, 'g');
	copy.append(body);
	copyShown(svg, body);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** The diagram drawn on a canvas at `scale` times its size, as a PNG. */
async function diagramPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const text = diagramSvgText(svg);
	const box = svg.viewBox.baseVal;
	const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.round(box.width * scale));
		canvas.height = Math.max(1, Math.round(box.height * scale));
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Saves the page's diagram (the first `.diagram-svg` under `root`) as `stem.svg` or `stem.png`. */
export async function saveDiagram(root: ParentNode, stem: string, format: 'svg' | 'png'): Promise<void> {
	const svg = root.querySelector<SVGSVGElement>('svg.diagram-svg');
	if (!svg) throw new Error('no diagram on the page');
	if (format === 'svg') downloadBlob(`${stem}.svg`, new Blob([diagramSvgText(svg)], { type: 'image/svg+xml' }));
	else downloadBlob(`${stem}.png`, await diagramPng(svg));
}
