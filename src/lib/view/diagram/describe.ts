// What a screen reader hears for each element of the diagram, in the page's language.

import type { MessageKey, Params } from '$lib/i18n';

/** The sentence for each kind of element (values already formatted). */
export interface Describe {
	neuron(label: string, value: string | null, delta: string | null): string;
	input(label: string, value: string): string;
	param(kind: 'weight' | 'bias', label: string, value: string, gradient: string | null, updated: string | null): string;
	target(label: string, value: string): string;
	loss(value: string | null): string;
}

export function describeDiagram(t: (key: MessageKey, params?: Params) => string): Describe {
	return {
		neuron: (label, value, delta) =>
			(value == null ? t('diagram.neuronPending', { label }) : t('diagram.neuron', { label, value })) +
			(delta == null ? '' : `, ${t('diagram.delta', { value: delta })}`),
		input: (label, value) => t('diagram.input', { label, value }),
		param: (kind, label, value, gradient, updated) =>
			t(kind === 'weight' ? 'diagram.weight' : 'diagram.bias', { label, value }) +
			(gradient == null ? '' : `, ${t('diagram.gradient', { value: gradient })}`) +
			(updated == null ? '' : `, ${t('diagram.updated', { value: updated })}`),
		target: (label, value) => t('diagram.target', { label, value }),
		loss: (value) => (value == null ? t('diagram.lossPending') : t('diagram.loss', { value }))
	};
}
