// One colour per runner, the same in the plot, the tables and the rule (d3's category10, which
// reads on both themes' backgrounds, and two of category20b's).

import type { RunnerId } from '$lib/engine/concepts/race';

export const RUNNER_COLORS: Record<RunnerId, string> = {
	sgd: '#d62728',
	momentum: '#ff7f0e',
	nesterov: '#8c564b',
	adagrad: '#2ca02c',
	adadelta: '#17becf',
	rmsprop: '#9467bd',
	adam: '#1f77b4',
	adamw: '#e377c2',
	adamax: '#bcbd22',
	nadam: '#7f7f7f',
	adafactor: '#393b79',
	ftrl: '#ad494a'
};
