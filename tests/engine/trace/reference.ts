// An independent, deliberately plain implementation of a dense network's loss, written from the
// textbook formulas (docs/maths.md) and nothing of the engine: the oracle the trace is tested against.

export interface RefLayer {
	act: string;
	alpha?: number[]; // per-neuron slope (leaky/prelu/rrelu/elu); elu uses alpha[0]
	expression?: (x: number) => number;
	W: number[][];
	b: number[] | number | null;
	/** Dropout: rate and mask[sample][neuron] (1 kept, 0 dropped). */
	dropout?: { rate: number; mask: number[][] };
	biasReg?: { l1: number; l2: number };
	/** Batch normalisation of z over the samples (training mode: the batch's mean and biased variance). */
	bn?: { epsilon: number; gamma: number[]; beta: number[] };
	activityReg?: { l1: number; l2: number };
}

export interface RefNet {
	layers: RefLayer[];
	loss: string;
	samples: { x: number[]; y: number[] }[];
	reg: { l1: number; l2: number }[]; // per layer
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));

function activate(layer: RefLayer, z: number[]): number[] {
	const al = (j: number) => layer.alpha?.[j] ?? 0;
	switch (layer.act) {
		case 'linear':
			return z;
		case 'sigmoid':
			return z.map(sig);
		case 'tanh':
			return z.map(Math.tanh);
		case 'relu':
			return z.map((x) => Math.max(0, x));
		case 'leaky_relu':
		case 'prelu':
		case 'rrelu':
			return z.map((x, j) => (x >= 0 ? x : al(j) * x));
		case 'elu':
			return z.map((x, j) => (x >= 0 ? x : al(j) * (Math.exp(x) - 1)));
		case 'softplus':
			return z.map((x) => Math.log(1 + Math.exp(x)));
		case 'swish':
			return z.map((x) => x * sig(x));
		case 'custom':
			return z.map((x) => layer.expression!(x));
		case 'softmax': {
			const e = z.map(Math.exp);
			const s = e.reduce((p, q) => p + q, 0);
			return e.map((v) => v / s);
		}
	}
	throw new Error(`reference: no activation ${layer.act}`);
}

const clip = (a: number) => Math.min(1 - 1e-7, Math.max(1e-7, a));

export function sampleLoss(loss: string, a: number[], y: number[]): number {
	const n = a.length;
	let s = 0;
	for (let k = 0; k < n; k++) {
		const d = y[k] - a[k];
		switch (loss) {
			case 'half_sse': s += 0.5 * d * d; break;
			case 'sse': s += d * d; break;
			case 'mse': s += (d * d) / n; break;
			case 'mae': s += Math.abs(d) / n; break;
			case 'binary_crossentropy':
				s -= (y[k] * Math.log(clip(a[k])) + (1 - y[k]) * Math.log(1 - clip(a[k]))) / n;
				break;
			case 'categorical_crossentropy':
			case 'sparse_categorical_crossentropy':
				s -= y[k] * Math.log(clip(a[k]));
				break;
			case 'hinge': s += Math.max(0, 1 - y[k] * a[k]) / n; break;
			default: throw new Error(`reference: no loss ${loss}`);
		}
	}
	return s;
}

/** Every sample's outputs, layer after layer: batch normalisation reads the whole batch's z. */
function outputsOfBatch(net: RefNet): number[][][] {
	let as = net.samples.map((s) => s.x);
	const all = [as];
	for (const layer of net.layers) {
		let zs = as.map((prev) =>
			layer.W.map((row, j) => {
				let s = row.reduce((acc, w, i) => acc + w * prev[i], 0);
				if (layer.b != null) s += typeof layer.b === 'number' ? layer.b : layer.b[j];
				return s;
			})
		);
		const bn = layer.bn;
		if (bn) {
			const N = zs.length;
			zs = zs.map((z) =>
				z.map((x, j) => {
					const mu = zs.reduce((t, r) => t + r[j], 0) / N;
					const v2 = zs.reduce((t, r) => t + (r[j] - mu) ** 2, 0) / N;
					return bn.gamma[j] * ((x - mu) / Math.sqrt(v2 + bn.epsilon)) + bn.beta[j];
				})
			);
		}
		as = zs.map((z, k) => {
			const a = activate(layer, z);
			const d = layer.dropout;
			return d ? a.map((v, j) => (d.mask[k][j] * v) / (1 - d.rate)) : a;
		});
		all.push(as);
	}
	return all;
}

export function totalLoss(net: RefNet): number {
	let E = 0;
	const penalty = (r: { l1: number; l2: number } | undefined, xs: number[]) =>
		r ? xs.reduce((t, x) => t + r.l1 * Math.abs(x) + r.l2 * x * x, 0) : 0;
	const outs = outputsOfBatch(net);
	net.samples.forEach((s, k) => {
		E += sampleLoss(net.loss, outs[outs.length - 1][k], s.y);
		net.layers.forEach((layer, l) => (E += penalty(layer.activityReg, outs[l + 1][k])));
	});
	E /= net.samples.length;
	net.layers.forEach((layer, l) => {
		const r = net.reg[l];
		if (!r) return;
		for (const row of layer.W) for (const w of row) E += r.l1 * Math.abs(w) + r.l2 * w * w;
	});
	for (const layer of net.layers) if (layer.b != null) E += penalty(layer.biasReg, typeof layer.b === 'number' ? [layer.b] : layer.b);
	return E;
}
