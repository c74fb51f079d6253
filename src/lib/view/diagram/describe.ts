// What a screen reader hears for each element of the diagram, in the page's language.

import type { MessageKey, Params } from '$lib/i18n';

/** The sentence for each kind of element (values already formatted). */
export interface Describe {
	neuron(label: string, value: string | null, delta: string | null, dropped?: boolean): string;
	input(label: string, value: string): string;
	/** `shown`: the label's second line as drawn ("→ 0.21", "∇ -0.01"), repeated right after the value so
	 * that the name holds the visible text in its order (what a speech-input user says to click it). */
	param(kind: 'weight' | 'bias', label: string, value: string, gradient: string | null, updated: string | null, shown?: string | null): string;
	target(label: string, value: string): string;
	loss(value: string | null): string;
	/** An ellipsis row: `hidden` neurons of layer `l` not drawn (a button that draws them). */
	gap(hidden: number, l: number): string;
	/** The zoom buttons' names and the hint on how to zoom. */
	zoom: { in: string; out: string; reset: string; hint: string };
}

export function describeDiagram(t: (key: MessageKey, params?: Params) => string): Describe {
	return {
		neuron: (label, value, delta, dropped) =>
			(value == null ? t('diagram.neuronPending', { label }) : t('diagram.neuron', { label, value })) +
			(delta == null ? '' : `, ${t('diagram.delta', { value: delta })}`) +
			(dropped ? `, ${t('diagram.dropped')}` : ''),
		input: (label, value) => t('diagram.input', { label, value }),
		param: (kind, label, value, gradient, updated, shown) =>
			t(kind === 'weight' ? 'diagram.weight' : 'diagram.bias', { label, value }) +
			(shown ? ` ${shown}` : '') +
			(gradient == null ? '' : `, ${t('diagram.gradient', { value: gradient })}`) +
			(updated == null ? '' : `, ${t('diagram.updated', { value: updated })}`),
		target: (label, value) => t('diagram.target', { label, value }),
		loss: (value) => (value == null ? t('diagram.lossPending') : t('diagram.loss', { value })),
		gap: (hidden, l) => t(l === 0 ? 'diagram.gapInput' : 'diagram.gap', { n: hidden, l }),
		zoom: { in: t('diagram.zoomIn'), out: t('diagram.zoomOut'), reset: t('diagram.zoomReset'), hint: t('diagram.zoomHint') }
	};
}
