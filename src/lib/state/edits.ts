// Edits of the network file, each a pure function from the old JSON to a new one. Shapes are kept
// consistent (a new neuron gets a weight row, the next layer a column, every sample an input or
// target); whether the result is acceptable (limits, ranges) is for validation to say.

import { activationName, clone, type Json, type LayerJson, type NetworkJson } from './network-json';

/** The weight a new connection starts with (small, positive, so the new neuron is not dead). */
export const NEW_WEIGHT = 0.1;

export type Leaf =
	| { kind: 'weight'; l: number; j: number; i: number }
	| { kind: 'bias'; l: number; j: number | null }
	| { kind: 'input'; sample: number; i: number }
	| { kind: 'target'; sample: number; j: number };

/** Sets one number of the file: a weight, a bias, an input or a target (all 1-based, as ids are). */
export function setLeaf(json: NetworkJson, leaf: Leaf, value: number): NetworkJson {
	const out = clone(json);
	switch (leaf.kind) {
		case 'weight':
			out.layers[leaf.l].weights![leaf.j - 1][leaf.i - 1] = value;
			break;
		case 'bias': {
			const layer = out.layers[leaf.l];
			if (leaf.j == null || typeof layer.biases === 'number') layer.biases = value;
			else (layer.biases as number[])[leaf.j - 1] = value;
			break;
		}
		case 'input':
			out.samples[leaf.sample - 1].input[leaf.i - 1] = value;
			break;
		case 'target': {
			const s = out.samples[leaf.sample - 1];
			if (Array.isArray(s.target)) s.target[leaf.j - 1] = value;
			else s.target = value;
			break;
		}
	}
	return out;
}

export function setActivation(json: NetworkJson, l: number, name: string): NetworkJson {
	const out = clone(json);
	out.layers[l].activation = name;
	return out;
}

/** Sets (or with `undefined` removes) one parameter of layer l's activation. */
export function setActivationParam(json: NetworkJson, l: number, param: string, value: Json | undefined): NetworkJson {
	const out = clone(json);
	const layer = out.layers[l];
	const current = layer.activation;
	const obj: { name: string; [k: string]: Json } =
		typeof current === 'object' && current !== null ? { ...current } : { name: activationName(layer) };
	if (value === undefined) delete obj[param];
	else obj[param] = value;
	const keys = Object.keys(obj).filter((k) => k !== 'name');
	layer.activation = keys.length === 0 ? obj.name : obj;
	return out;
}

export function setLoss(json: NetworkJson, loss: string): NetworkJson {
	return { ...clone(json), loss };
}

/** Changes the optimizer's type, keeping the learning rate when the new one takes it. */
export function setOptimizer(json: NetworkJson, type: string): NetworkJson {
	const out = clone(json);
	const lr = out.optimizer?.learningRate;
	out.optimizer = typeof lr === 'number' ? { type, learningRate: lr } : { type };
	return out;
}

/** Sets (or with `undefined` removes) one optimizer parameter. */
export function setOptimizerParam(json: NetworkJson, key: string, value: Json | undefined): NetworkJson {
	const out = clone(json);
	const opt = { ...(out.optimizer ?? { type: 'sgd', learningRate: 0.1 }) };
	if (value === undefined) delete opt[key];
	else opt[key] = value;
	out.optimizer = opt;
	return out;
}

/**
 * The names a file gives (`H_1`, `w_5`, `b_1`) are the course's for the course's shape. Once the
 * shape changes (a neuron or a layer added or removed) they are dropped from every layer, so the
 * whole network is written in the indexed scheme (`a^{[l]}_{j}`, `w^{[l]}_{j,i}`, `b^{[l]}_{j}`) and
 * a trace never mixes the two (docs/naming.md).
 */
function dropNames(json: NetworkJson): void {
	for (const layer of json.layers) {
		delete layer.names;
		delete layer.weightNames;
		delete layer.biasNames;
	}
}

/** Adds a neuron at the end of layer l (0 = input): its weights, the next layer's column, the samples. */
export function addNeuron(json: NetworkJson, l: number): NetworkJson {
	const out = clone(json);
	const layer = out.layers[l];
	const L = out.layers.length - 1;
	layer.size += 1;
	dropNames(out);
	if (l >= 1) {
		if (layer.weights) layer.weights.push(Array.from({ length: out.layers[l - 1].size }, () => NEW_WEIGHT));
		if (Array.isArray(layer.biases)) layer.biases.push(0);
	} else {
		for (const s of out.samples) s.input.push(0);
	}
	if (l < L) {
		const next = out.layers[l + 1];
		next.weights?.forEach((row) => row.push(NEW_WEIGHT));
	} else {
		for (const s of out.samples) if (Array.isArray(s.target)) s.target.push(0);
	}
	return out;
}

/** Removes the last neuron of layer l (a layer keeps at least one). */
export function removeNeuron(json: NetworkJson, l: number): NetworkJson {
	const out = clone(json);
	const layer = out.layers[l];
	if (layer.size <= 1) return out;
	const L = out.layers.length - 1;
	layer.size -= 1;
	dropNames(out);
	if (l >= 1) {
		layer.weights?.pop();
		if (Array.isArray(layer.biases)) layer.biases.pop();
	} else {
		for (const s of out.samples) s.input.pop();
	}
	if (l < L) {
		const next = out.layers[l + 1];
		next.weights?.forEach((row) => row.pop());
	} else {
		for (const s of out.samples) if (Array.isArray(s.target)) s.target.pop();
	}
	return out;
}

/**
 * Inserts a hidden layer just before the output layer, as wide as the layer before it, so the
 * output layer's weights keep their shape. Its weights start at 5·NEW_WEIGHT on the diagonal and
 * NEW_WEIGHT elsewhere (mostly passing each input through), its activation copies the layer before
 * it (sigmoid after the input layer).
 */
export function addHiddenLayer(json: NetworkJson): NetworkJson {
	const out = clone(json);
	const L = out.layers.length - 1;
	const before = out.layers[L - 1];
	const n = before.size;
	const activation = L - 1 >= 1 ? clone(before.activation) : 'sigmoid';
	const layer: LayerJson = {
		size: n,
		activation: activation ?? 'sigmoid',
		weights: Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => (i === j ? NEW_WEIGHT * 5 : NEW_WEIGHT)))
	};
	out.layers.splice(L, 0, layer);
	dropNames(out);
	return out;
}

/** Removes hidden layer l (1 ≤ l < L); the next layer's weights are cut or padded to the new width. */
export function removeHiddenLayer(json: NetworkJson, l: number): NetworkJson {
	const out = clone(json);
	const L = out.layers.length - 1;
	if (l < 1 || l >= L) return out;
	const width = out.layers[l - 1].size;
	out.layers.splice(l, 1);
	dropNames(out);
	const next = out.layers[l];
	if (next.weights) {
		next.weights = next.weights.map((row) =>
			Array.from({ length: width }, (_, i) => (i < row.length ? row[i] : NEW_WEIGHT))
		);
	}
	return out;
}

/** Adds a sample: a copy of the last one, so it starts valid. */
export function addSample(json: NetworkJson): NetworkJson {
	const out = clone(json);
	out.samples.push(clone(out.samples[out.samples.length - 1]));
	return out;
}

/** Removes sample k (1-based); one sample always stays. */
export function removeSample(json: NetworkJson, k: number): NetworkJson {
	const out = clone(json);
	if (out.samples.length > 1) out.samples.splice(k - 1, 1);
	return out;
}
