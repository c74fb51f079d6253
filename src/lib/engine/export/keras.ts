// The network with its weights as a runnable Keras script (TensorFlow backend, float64): a
// Sequential of Dense layers (kernel = the file's weights transposed), the forward pass written out
// layer by layer so that z and a can be printed, the loss under a GradientTape and its gradients.
// It prints the same `id value` lines as the PyTorch script (./pytorch.ts).

import type { Network, Regularizer } from '../spec/types';
import { activityTerms, dropoutMasks, penaltyTerms, withDropout, type PythonNames } from './penalties';
import { activationCall, activationDefs, checkExportable, lossDef, pyList, pyMatrix, pyNumber, sampleSuffixExpr } from './python';
import { scriptTitle } from './title';

export function kerasScript(net: Network): string {
	checkExportable(net, 'Keras');
	const L = net.layers.length;
	const N = net.samples.length;
	const dense: string[] = [];
	const weights: string[] = [];
	const forward: string[] = ['    a0 = X'];
	const shows: string[] = [];
	const grads: string[] = [];
	const watched: string[] = [];
	const penalty: string[] = [];
	const gradOf = (v: string) => `g[${watched.push(v) - 1}]`;
	net.layers.forEach((layer, i) => {
		const l = i + 1;
		const l1l2 = (key: string, r: Regularizer | null) => (r ? `, ${key}=keras.regularizers.L1L2(l1=${pyNumber(r.l1)}, l2=${pyNumber(r.l2)})` : '');
		const reg = l1l2('kernel_regularizer', layer.regularizer) + l1l2('bias_regularizer', layer.biasRegularizer) + l1l2('activity_regularizer', layer.activityRegularizer);
		dense.push(`    keras.layers.Dense(${layer.size}, use_bias=${layer.biases === null ? 'False' : 'True'}${reg}, name="dense_${l}"),  # ${layer.activation.name}, applied below`);
		const bias = Array.isArray(layer.biases) ? `, np.array(${pyList(layer.biases)})` : '';
		weights.push(`model.layers[${i}].set_weights([np.array(${pyMatrix(layer.weights)}).T${bias}])  # kernel = W.T`);
		forward.push(`    z${l} = tf.matmul(a${l - 1}, model.layers[${i}].kernel)${layer.biases === null ? '' : ` + model.layers[${i}].bias`}`);
		forward.push(`    a${l} = ${withDropout(net, i, activationCall(layer, `z${l}`, ''))}`);
		shows.push(`show_rows("z[${l}]", z${l})`, `show_rows("a[${l}]", a${l})`);
		if (layer.trainableWeights) grads.push(`show_matrix("w[${l}]", tf.transpose(${gradOf(`model.layers[${i}].kernel`)}))`);
		if (Array.isArray(layer.biases) && layer.trainableBiases) grads.push(`show_vector("b[${l}]", ${gradOf(`model.layers[${i}].bias`)})`);
	});
	const names: PythonNames = {
		W: (l) => `model.layers[${l - 1}].kernel`,
		b: (l) => `model.layers[${l - 1}].bias`,
		a: (l) => `a${l}`,
		sumAbs: (x) => `tf.reduce_sum(tf.abs(${x}))`,
		sumSq: (x) => `tf.reduce_sum(${x} ** 2)`,
		rowAbs: (x) => `tf.reduce_sum(tf.abs(${x}), axis=1)`,
		rowSq: (x) => `tf.reduce_sum(${x} ** 2, axis=1)`
	};
	penalty.push(...penaltyTerms(net, names));
	const activity = activityTerms(net, names);
	const masks = dropoutMasks(net, (m) => `tf.constant(${m}, dtype=tf.float64)`).filter((m) => m !== null);
	return [
		...scriptTitle(net, 'Keras'),
		'import numpy as np',
		'import tensorflow as tf',
		'from tensorflow import keras',
		'',
		'keras.backend.set_floatx("float64")',
		'',
		...activationDefs(net, 'tf').flatMap((d) => [d, '', '']),
		lossDef(net.loss, 'tf'),
		'',
		'',
		'def show(name, value):',
		'    print(f"{name} {float(value)!r}")',
		'',
		'',
		'def show_rows(name, M):  # one row per sample',
		'    for k in range(M.shape[0]):',
		'        for j in range(M.shape[1]):',
		`            show(f"{name}[{j + 1}]" + ${sampleSuffixExpr(N)}, M[k, j])`,
		'',
		'',
		'def show_vector(name, v):',
		'    for j in range(v.shape[0]):',
		'        show(f"dE/d{name}[{j + 1}]", v[j])',
		'',
		'',
		'def show_matrix(name, M):',
		'    for j in range(M.shape[0]):',
		'        for i in range(M.shape[1]):',
		'            show(f"dE/d{name}[{j + 1}][{i + 1}]", M[j, i])',
		'',
		'',
		'model = keras.Sequential([',
		`    keras.Input(shape=(${net.input.size},)),`,
		...dense,
		'])',
		...weights,
		`X = tf.constant(${pyMatrix(net.samples.map((s) => s.input))}, dtype=tf.float64)  # one row per sample`,
		`Y = tf.constant(${pyMatrix(net.samples.map((s) => s.target))}, dtype=tf.float64)`,
		...masks,
		'',
		'with tf.GradientTape() as tape:',
		...forward,
		`    E_k = loss_per_sample(a${L}, Y)${activity.map((t) => ` + ${t}`).join('')}${activity.length ? '  # with the outputs\' penalties' : ''}`,
		`    E = tf.reduce_mean(E_k)${penalty.length ? ` + ${penalty.join(' + ')}` : ''}  # the mean over the samples${penalty.length ? ', plus the L1/L2 penalties' : ''}`,
		`g = tape.gradient(E, [${watched.join(', ')}])`,
		'',
		...shows,
		...(N > 1 ? ['for k in range(E_k.shape[0]):', '    show(f"E@{k + 1}", E_k[k])'] : []),
		'show("E", E)',
		...grads,
		''
	].join('\n');
}
