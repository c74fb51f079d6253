import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../../src/lib/components/charts/LineChart.svelte';

function draw(props: Record<string, unknown>): string {
	return render(LineChart, {
		props: { xDomain: [-1, 1], yDomain: [0, 1], xLabel: 'x', yLabel: 'y', ...props } as never
	}).body;
}

const paths = (html: string, cls: string) => [...html.matchAll(new RegExp(`<path class="${cls}[^"]*"[^>]*\\sd="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('LineChart', () => {
	it('draws one path per series, dashed where asked, and names them in the legend', () => {
		const html = draw({
			series: [
				{ name: 'f(x)', points: [[-1, 0], [0, 0.5], [1, 1]] },
				{ name: 'slope', points: [[-1, 0.2], [1, 0.2]], dashed: true }
			]
		});
		const d = paths(html, 'series');
		expect(d).toHaveLength(2);
		expect(d[0].match(/[ML]/g)).toEqual(['M', 'L', 'L']);
		expect(html).toMatch(/class="series[^"]*dashed/);
		expect(html).toContain('f(x)</span>');
		expect(html).toContain('slope</span>');
	});

	it('breaks a line where a value is not finite', () => {
		const html = draw({ series: [{ name: 'g', points: [[-1, 0.1], [-0.5, 0.2], [0, NaN], [0.5, 0.3], [1, 0.4]] }] });
		expect(paths(html, 'series')[0].match(/M/g)).toHaveLength(2);
	});

	it('shades a band between two curves and draws marks', () => {
		const html = draw({
			series: [],
			bands: [{ name: 'range', lower: [[-1, 0], [0, 0]], upper: [[-1, 0.5], [0, 0]] }],
			marks: [{ kind: 'point', x: 0, y: 0.25, label: 'p' }, { kind: 'vline', x: 0.5 }]
		});
		expect(paths(html, 'band')).toHaveLength(1);
		expect(html).toContain('<circle');
		expect(html).toContain('class="rule');
		expect(html).toContain('range</span>');
	});

	it('puts the axis labels and the title in the SVG as text, not HTML', () => {
		const html = draw({ series: [{ name: '<b>x</b>', points: [[0, 0]] }], xLabel: '<i>a</i>', title: 'T' });
		expect(html).not.toContain('<b>x</b>');
		expect(html).not.toContain('<i>a</i>');
		expect(html).toContain('aria-label="T"');
	});
});
