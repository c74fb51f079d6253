// "Open in the lab": the example network that lets a student step through a concept, and the
// `#state=…` hash the lab reads (src/lib/state/share.ts), built from that network with the page's
// parameters put in (e.g. the α chosen on the activations page).

import type { ActivationName, LossName } from '$lib/engine/spec/types';
import type { Lang } from '$lib/i18n';
import { labHashOf } from '$lib/state/share';
import type { NetworkJson } from '$lib/state/network-json';
import course222Exact from '../../../../static/examples/course-2-2-2-exact.json';
import activationCustom from '../../../../static/examples/activation-custom.json';
import activationElu from '../../../../static/examples/activation-elu.json';
import activationLeakyRelu from '../../../../static/examples/activation-leaky-relu.json';
import activationPrelu from '../../../../static/examples/activation-prelu.json';
import activationRelu from '../../../../static/examples/activation-relu.json';
import activationRrelu from '../../../../static/examples/activation-rrelu.json';
import activationSoftplus from '../../../../static/examples/activation-softplus.json';
import activationStep from '../../../../static/examples/activation-step.json';
import activationSwish from '../../../../static/examples/activation-swish.json';
import activationTanh from '../../../../static/examples/activation-tanh.json';
import lossBinaryCrossentropy from '../../../../static/examples/loss-binary-crossentropy.json';
import lossHinge from '../../../../static/examples/loss-hinge.json';
import lossMae from '../../../../static/examples/loss-mae.json';
import lossMse from '../../../../static/examples/loss-mse.json';
import lossSoftmaxCategorical from '../../../../static/examples/loss-softmax-categorical.json';
import lossSparseCategorical from '../../../../static/examples/loss-sparse-categorical.json';
import lossSse from '../../../../static/examples/loss-sse.json';

/** The example file (static/examples/) for each activation that has one. */
export const ACTIVATION_EXAMPLES: Partial<Record<ActivationName, string>> = {
	sigmoid: 'course-2-2-2-exact.json',
	tanh: 'activation-tanh.json',
	relu: 'activation-relu.json',
	leaky_relu: 'activation-leaky-relu.json',
	prelu: 'activation-prelu.json',
	elu: 'activation-elu.json',
	softplus: 'activation-softplus.json',
	swish: 'activation-swish.json',
	step: 'activation-step.json',
	rrelu: 'activation-rrelu.json',
	softmax: 'loss-softmax-categorical.json',
	custom: 'activation-custom.json'
};

export const LOSS_EXAMPLES: Record<LossName, string> = {
	half_sse: 'course-2-2-2-exact.json',
	sse: 'loss-sse.json',
	mse: 'loss-mse.json',
	mae: 'loss-mae.json',
	binary_crossentropy: 'loss-binary-crossentropy.json',
	categorical_crossentropy: 'loss-softmax-categorical.json',
	sparse_categorical_crossentropy: 'loss-sparse-categorical.json',
	hinge: 'loss-hinge.json'
};

type Json = Record<string, unknown>;

// The example files, bundled (a few kilobytes each) so a link can be built without a fetch.
const FILES: Record<string, unknown> = {
	'course-2-2-2-exact.json': course222Exact,
	'activation-custom.json': activationCustom,
	'activation-elu.json': activationElu,
	'activation-leaky-relu.json': activationLeakyRelu,
	'activation-prelu.json': activationPrelu,
	'activation-relu.json': activationRelu,
	'activation-rrelu.json': activationRrelu,
	'activation-softplus.json': activationSoftplus,
	'activation-step.json': activationStep,
	'activation-swish.json': activationSwish,
	'activation-tanh.json': activationTanh,
	'loss-binary-crossentropy.json': lossBinaryCrossentropy,
	'loss-hinge.json': lossHinge,
	'loss-mae.json': lossMae,
	'loss-mse.json': lossMse,
	'loss-softmax-categorical.json': lossSoftmaxCategorical,
	'loss-sparse-categorical.json': lossSparseCategorical,
	'loss-sse.json': lossSse
};

/** The example file's network, by file name; null when it is not bundled. */
export function exampleNetwork(file: string): NetworkJson | null {
	return Object.hasOwn(FILES, file) ? (FILES[file] as NetworkJson) : null;
}

/**
 * The network with every layer that uses `name` given the activation object `activation`
 * (e.g. {name: 'elu', alpha: 0.5}); other layers untouched. The input is an example file's JSON.
 */
export function withActivation(network: NetworkJson, name: ActivationName, activation: Json): NetworkJson {
	const net = structuredClone(network) as Json;
	const layers = Array.isArray(net.layers) ? (net.layers as Json[]) : [];
	for (const layer of layers.slice(1)) {
		const a = layer.activation;
		const current = typeof a === 'string' ? a : typeof a === 'object' && a !== null ? (a as Json).name : null;
		if (current === name) layer.activation = { name, ...activation };
	}
	// A title that names the example's α ("Activation: ELU (α = 1)") names the new one.
	if (typeof activation.alpha === 'number') {
		const alpha = `α = ${activation.alpha}`;
		const rename = (t: unknown) => (typeof t === 'string' ? t.replace(/α = -?[\d.]+/, alpha) : t);
		if (typeof net.title === 'object' && net.title !== null && !Array.isArray(net.title)) {
			const titles = net.title as Record<string, Json>;
			net.title = Object.fromEntries(Object.entries(titles).map(([lang, t]) => [lang, rename(t) as Json]));
		} else net.title = rename(net.title) as Json;
	}
	return net as NetworkJson;
}

/** The lab's hash for this network, from its first step, without rounding. */
export async function labHash(network: NetworkJson, lang: Lang): Promise<string> {
	return labHashOf({ network, step: 0, rounding: false, lang });
}
