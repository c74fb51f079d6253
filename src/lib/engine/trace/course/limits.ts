// The course's style writes the whole chain inside every line, so its lines grow with the paths
// through the network: it is offered for networks a person works by hand.

import { InputError } from '../../spec/errors';
import type { Network } from '../../spec/types';

export const COURSE_LIMITS = { layers: 4, neurons: 8, samples: 8 } as const;

export function checkCourseLimits(net: Network): void {
	const widest = Math.max(net.input.size, ...net.layers.map((l) => l.size));
	const { layers, neurons, samples } = COURSE_LIMITS;
	if (net.layers.length > layers || widest > neurons || net.samples.length > samples) {
		throw new InputError(
			'style',
			`"course" writes every chain in full, for networks worked by hand: at most ${layers} layers after the input, ${neurons} neurons a layer and ${samples} samples (this one has ${count(net.layers.length, 'layer')}, ${count(widest, 'neuron')} in its widest layer and ${count(net.samples.length, 'sample')}); use "textbook"`
		);
	}
}

/** The course's lines have no place for dropout's mask or an activity penalty: those are written in "textbook". */
export function checkCourseFeatures(net: Network): void {
	net.layers.forEach((layer, index) => {
		const at = `layers[${index + 1}]`;
		if (layer.dropout) throw new InputError(`${at}.dropout`, '"course" style does not write dropout; use "textbook", which shows each neuron kept or dropped');
		if (layer.batchNorm) throw new InputError(`${at}.batchNorm`, '"course" style does not write batch normalisation; use "textbook"');
		if (layer.activityRegularizer) throw new InputError(`${at}.activityRegularizer`, '"course" style does not write activity penalties; use "textbook"');
	});
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
