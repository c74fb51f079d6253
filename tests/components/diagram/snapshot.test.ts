// The drawn model of the course example, snapshotted (SVG-like, numbers rounded, ids stable): the
// layout that D3 draws and what each element shows at three moments of the trace. No DOM is
// available in the test environment, so the model the D3 code renders is what is compared.

import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../src/lib/view/diagram/layout';
import { buildScene, type Scene } from '../../../src/lib/view/diagram/scene';
import { secondLine } from '../../../src/lib/components/diagram/draw';
import { edgeStyle, maxMagnitude } from '../../../src/lib/view/diagram/style';
import { formatValue, labelPlain } from '../../../src/lib/view/diagram/text';
import { courseTrace, indexOf } from '../fixtures';

const r = (x: number) => Math.round(x);

/** The drawing as SVG-like lines: one element per line, in drawing order. */
function serialise(layout: Layout, scene: Scene): string {
	const fmt = (x: number | null) => (x == null ? '' : formatValue(x, { decimals: 2 }));
	const max = maxMagnitude(Object.values(scene.edges).map((e) => e.value));
	const lines = [`<svg viewBox="0 0 ${layout.width} ${layout.height}">`];
	for (const e of layout.edges) {
		const v = scene.edges[e.key];
		const s = edgeStyle(v.value, max);
		lines.push(
			`  <path key="${e.key}" d="${e.path}" class="${s.sign}${v.mark ? ` ${v.mark}` : ''}" width="${s.width}"${s.dash ? ` dash="${s.dash}"` : ''}/>`,
			`  <label key="${e.key}" at="${r(e.label.x)},${r(e.label.y)}"${e.labelShown ? '' : ' hidden'}>${labelPlain(v.label)} ${fmt(v.value)}${v.updated == null && v.gradient == null ? '' : ` | ${secondLine(v, fmt)}`}</label>`
		);
	}
	for (const n of layout.nodes) {
		const v = scene.nodes[n.key];
		lines.push(`  <node key="${n.key}" at="${r(n.x)},${r(n.y)}" r="${layout.r}"${v.mark ? ` class="${v.mark}"` : ''}>${labelPlain(v.label)} ${fmt(v.value)}${v.delta == null ? '' : ` δ ${fmt(v.delta)}`}</node>`);
	}
	for (const t of layout.targets) {
		const v = scene.targets[t.key];
		lines.push(`  <target key="${t.key}" at="${r(t.x)},${r(t.y)}">${labelPlain(v.label)} ${fmt(v.value)}</target>`);
	}
	lines.push(`  <loss at="${r(layout.loss.x)},${r(layout.loss.y)}"${scene.loss.mark ? ` class="${scene.loss.mark}"` : ''}>E = ${fmt(scene.loss.value) || '?'}</loss>`, '</svg>');
	return lines.join('\n');
}

describe('the course diagram', () => {
	const trace = courseTrace();
	const layout = computeLayout({ sizes: [2, 2, 2], biases: ['none', 'none'] });

	it('at H_1 in the forward pass', () => {
		expect(serialise(layout, buildScene(trace, indexOf(trace, 'a[1][1]')))).toMatchSnapshot();
	});

	it('at the gradient of w_5 in the backward pass', () => {
		expect(serialise(layout, buildScene(trace, indexOf(trace, 'dE/dw[2][1][1]')))).toMatchSnapshot();
	});

	it('after the update of w_5', () => {
		expect(serialise(layout, buildScene(trace, trace.steps.length - 1))).toMatchSnapshot();
	});
});
