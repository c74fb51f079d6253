// The network of a variant drawn for paper as an SVG string: layers from left to right, each neuron
// a circle with its label, each weight's label and value on its edge, biases under their neurons,
// the inputs' values at the left and the targets at the right. Every label goes through `esc`.

import { ids } from '../../trace/ids';
import { texToText } from '../../format/tex-text';
import type { Trace } from '../../trace/types';
import { esc } from './html';

const W = 680;
const ROW = 78;
const R = 19;

function fmt(x: number): string {
	return String(Number(x.toPrecision(12)));
}

function text(x: number, y: number, body: string, attrs = ''): string {
	return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(body)}</text>`;
}

/** A value on an edge or under a node, on a white band so that crossing edges do not hide it. */
function tag(x: number, y: number, body: string): string {
	const w = body.length * 6.2 + 6;
	return `<rect x="${(x - w / 2).toFixed(1)}" y="${(y - 9).toFixed(1)}" width="${w.toFixed(1)}" height="13" fill="#fff" opacity="0.9"/>${text(x, y, body, 'text-anchor="middle" font-size="10.5"')}`;
}

export function networkSvg(trace: Trace, title: string): string {
	const net = trace.network;
	const sizes = [net.input.size, ...net.layers.map((l) => l.size)];
	const tallest = Math.max(...sizes);
	const H = tallest * ROW + 40;
	const left = 90;
	const gap = (W - 2 * left) / (sizes.length - 1);
	const pos = (l: number, j: number) => ({ x: left + l * gap, y: 20 + (tallest - sizes[l]) * (ROW / 2) + (j + 0.5) * ROW });
	const label = (id: string) => texToText(trace.idToLabel[id] ?? id);
	const sample = net.samples[0];
	const edges: string[] = [];
	const tags: string[] = [];
	const nodes: string[] = [];
	net.layers.forEach((layer, k) => {
		const l = k + 1;
		layer.weights.forEach((row, j) =>
			row.forEach((w, i) => {
				const a = pos(l - 1, i);
				const b = pos(l, j);
				edges.push(`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#777" stroke-width="1"/>`);
				// Labels near the source neuron, where its edges fan apart, so that crossing edges do not stack them.
				const t = 0.27;
				tags.push(tag(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t + 4, `${label(ids.w(l, j + 1, i + 1))} = ${fmt(w)}`));
			})
		);
		const biases = layer.biases;
		for (let j = 0; j < layer.size; j++) {
			const p = pos(l, j);
			if (Array.isArray(biases)) tags.push(tag(p.x, p.y + R + 13, `${label(ids.b(l, j + 1))} = ${fmt(biases[j])}`));
		}
		if (typeof biases === 'number') tags.push(tag(pos(l, layer.size - 1).x, pos(l, layer.size - 1).y + R + 13, `${label(ids.b(l, null))} = ${fmt(biases)}`));
	});
	sizes.forEach((size, l) => {
		for (let j = 0; j < size; j++) {
			const p = pos(l, j);
			nodes.push(`<circle cx="${p.x}" cy="${p.y}" r="${R}" fill="#fff" stroke="#222" stroke-width="1.4"/>`);
			nodes.push(text(p.x, p.y + 4, label(ids.a(l, j + 1, net.samples.length > 1 ? 1 : null)).replace(/\^\(1\)$/, ''), 'text-anchor="middle" font-size="11"'));
			if (l === 0 && net.samples.length === 1) nodes.push(text(p.x - R - 6, p.y + 4, fmt(sample.input[j]), 'text-anchor="end" font-size="11"'));
			if (l === sizes.length - 1 && net.samples.length === 1) nodes.push(text(p.x + R + 6, p.y + 4, `y = ${fmt(sample.target[j])}`, 'font-size="11"'));
		}
	});
	return `<svg class="net" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" font-family="sans-serif"><title>${esc(title)}</title>${edges.join('')}${tags.join('')}${nodes.join('')}</svg>`;
}
