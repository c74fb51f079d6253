// What the PyTorch and Keras scripts share: Python literals, the activations and losses written
// with the engine's conventions (relu′(0) = 0, leaky_relu′(0) = 1, probabilities clipped to
// [1e-7, 1 − 1e-7] as Keras does), and the refusal of what has no faithful counterpart.

import { InputError } from '../spec/errors';
import type { Activation, DenseLayer, LossName, Network } from '../spec/types';

/** A float64 as Python reads it back exactly (JS and Python both print the shortest round-trip form). */
export function pyNumber(x: number): string {
	if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
	const s = String(x);
	return /[.e]/.test(s) ? s : `${s}.0`;
}

export function pyList(xs: readonly number[]): string {
	return `[${xs.map(pyNumber).join(', ')}]`;
}

export function pyMatrix(rows: readonly (readonly number[])[]): string {
	return `[${rows.map(pyList).join(', ')}]`;
}

/** A comment line that cannot end the comment early or smuggle code: one line, printable. */
export function pyComment(s: string): string {
	return `# ${s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[^\x20-\x7e\u00a0-\uffff]/g, '')}`;
}

type Tool = 'PyTorch' | 'Keras';

const REFUSED: Partial<Record<Activation['name'], string>> = {
	step: 'its derivative is zero everywhere, which autograd does not reproduce',
	sign: 'its derivative is zero everywhere, which autograd does not reproduce',
	rrelu: 'its slopes are drawn at random',
	custom: 'its expression is not translated'
};

/** Throws an InputError naming the first layer the script cannot reproduce exactly. */
export function checkExportable(net: Network, tool: Tool): void {
	net.layers.forEach((layer, i) => {
		const path = `layers[${i + 1}]`;
		const reason = REFUSED[layer.activation.name];
		if (reason) throw new InputError(`${path}.activation`, `${layer.activation.name} cannot be exported to ${tool}: ${reason}`);
		if (tool === 'Keras' && layer.activation.name === 'prelu') {
			throw new InputError(`${path}.activation`, 'prelu cannot be exported to Keras (a Dense activation has no trainable slope); export to PyTorch');
		}
		if (tool === 'Keras' && typeof layer.biases === 'number') {
			throw new InputError(`${path}.biases`, 'a bias shared by the layer has no Keras Dense counterpart; export to PyTorch');
		}
	});
}

/** Python functions for the activations the network uses, in the tool's namespace (`torch` or `tf`). */
export function activationDefs(net: Network, ns: 'torch' | 'tf'): string[] {
	const used = new Set(net.layers.map((l) => l.activation.name));
	const zeros = ns === 'torch' ? 'torch.zeros_like(z)' : 'tf.zeros_like(z)';
	const sigmoid = ns === 'torch' ? 'torch.sigmoid' : 'tf.sigmoid';
	const defs: Record<string, string> = {
		linear: 'def linear(z):\n    return z',
		sigmoid: `def sigmoid(z):\n    return ${sigmoid}(z)`,
		tanh: `def tanh(z):\n    return ${ns}.tanh(z)`,
		relu: `def relu(z):  # relu'(0) = 0\n    return ${ns}.where(z > 0, z, ${zeros})`,
		leaky_relu: `def leaky_relu(z, alpha):  # leaky_relu'(0) = 1\n    return ${ns}.where(z >= 0, z, alpha * z)`,
		prelu: `def prelu(z, alpha):  # prelu'(0) = 1; alpha is trained\n    return ${ns}.where(z >= 0, z, alpha * z)`,
		elu: `def elu(z, alpha):  # elu'(0) = alpha\n    return ${ns}.where(z > 0, z, alpha * ${ns === 'torch' ? 'torch.expm1' : 'tf.math.expm1'}(z))`,
		softplus: `def softplus(z):\n    return ${ns === 'torch' ? 'torch.logaddexp(z, torch.zeros_like(z))' : 'tf.math.softplus(z)'}`,
		swish: `def swish(z):\n    return z * ${sigmoid}(z)`,
		softmax: `def softmax(z):\n    return ${ns === 'torch' ? 'torch.softmax(z, dim=1)' : 'tf.nn.softmax(z, axis=1)'}`
	};
	return [...used].map((name) => defs[name]);
}

/** The call applying a layer's activation to `z` (prelu's slope is the variable `alphaName`). */
export function activationCall(layer: DenseLayer, z: string, alphaName: string): string {
	const act = layer.activation;
	if (act.name === 'prelu') return `prelu(${z}, ${alphaName})`;
	if (act.name === 'leaky_relu' || act.name === 'elu') return `${act.name}(${z}, ${pyNumber(act.alpha as number)})`;
	return `${act.name}(${z})`;
}

/** The per-sample loss E_k as a Python function of the output rows A and target rows Y (one row per sample). */
export function lossDef(loss: LossName, ns: 'torch' | 'tf'): string {
	const t = ns === 'torch';
	const sum = (e: string) => (t ? `(${e}).sum(dim=1)` : `tf.reduce_sum(${e}, axis=1)`);
	const mean = (e: string) => (t ? `(${e}).mean(dim=1)` : `tf.reduce_mean(${e}, axis=1)`);
	const clip = t ? 'torch.clamp(A, EPSILON, 1 - EPSILON)' : 'tf.clip_by_value(A, EPSILON, 1 - EPSILON)';
	const log = t ? 'torch.log' : 'tf.math.log';
	const abs = t ? 'torch.abs' : 'tf.abs';
	const where = t ? 'torch.where' : 'tf.where';
	const zeros = t ? 'torch.zeros_like(m)' : 'tf.zeros_like(m)';
	const body: Record<LossName, string> = {
		half_sse: `return ${sum('0.5 * (Y - A) ** 2')}`,
		sse: `return ${sum('(Y - A) ** 2')}`,
		mse: `return ${mean('(Y - A) ** 2')}`,
		mae: `return ${mean(`${abs}(Y - A)`)}`,
		binary_crossentropy: `P = ${clip}\n    return -${mean(`Y * ${log}(P) + (1 - Y) * ${log}(1 - P)`)}`,
		categorical_crossentropy: `P = ${clip}\n    return -${sum(`Y * ${log}(P)`)}`,
		sparse_categorical_crossentropy: `P = ${clip}  # the class index written out one-hot\n    return -${sum(`Y * ${log}(P)`)}`,
		hinge: `m = 1 - Y * A  # hinge'(margin 0) = 0\n    return ${mean(`${where}(m > 0, m, ${zeros})`)}`
	};
	return `EPSILON = 1e-7\n\n\ndef loss_per_sample(A, Y):  # ${loss}\n    ${body[loss]}`;
}

/** `@k` for sample k when the network has several samples, as docs/quantity-ids.md writes ids. */
export function sampleSuffixExpr(samples: number): string {
	return samples > 1 ? 'f"@{k + 1}"' : '""';
}
