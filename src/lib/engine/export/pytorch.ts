// The network with its weights as a runnable PyTorch script (float64) that prints, one `id value`
// line each, the forward values z and a, the loss E (each sample's E_k too, with several samples)
// and ∂E/∂θ for every trained parameter: the quantity ids and the numbers of Backstep's trace
// (gradients before any clipping the optimizer applies).

import type { Network } from '../spec/types';
import { activationCall, activationDefs, checkExportable, lossDef, pyList, pyMatrix, pyNumber, sampleSuffixExpr } from './python';
import { scriptTitle } from './title';
import { activityTerms, dropoutMasks, penaltyTerms, withDropout, type PythonNames } from './penalties';

export function pytorchScript(net: Network): string {
	checkExportable(net, 'PyTorch');
	const L = net.layers.length;
	const N = net.samples.length;
	const params: string[] = [];
	const forward: string[] = ['a0 = X'];
	const shows: string[] = [];
	const grads: string[] = [];
	net.layers.forEach((layer, i) => {
		const l = i + 1;
		params.push(`W${l} = torch.tensor(${pyMatrix(layer.weights)}, requires_grad=True)  # W${l}[j][i]: input i into neuron j`);
		if (layer.trainableWeights) grads.push(`show_matrix("w[${l}]", W${l}.grad)`);
		let bias = '';
		if (layer.biases !== null) {
			const literal = typeof layer.biases === 'number' ? pyNumber(layer.biases) : pyList(layer.biases);
			params.push(`b${l} = torch.tensor(${literal}, requires_grad=True)${typeof layer.biases === 'number' ? '  # shared by the layer' : ''}`);
			bias = ` + b${l}`;
			if (layer.trainableBiases) grads.push(typeof layer.biases === 'number' ? `show("dE/db[${l}]", b${l}.grad)` : `show_vector("b[${l}]", b${l}.grad)`);
		}
		if (layer.activation.name === 'prelu') {
			params.push(`alpha${l} = torch.tensor(${pyList(layer.alphas as number[])}, requires_grad=True)`);
			grads.push(`show_vector("alpha[${l}]", alpha${l}.grad)`);
		}
		forward.push(`z${l} = a${l - 1} @ W${l}.T${bias}`, `a${l} = ${withDropout(net, i, activationCall(layer, `z${l}`, `alpha${l}`))}`);
		shows.push(`show_rows("z[${l}]", z${l})`, `show_rows("a[${l}]", a${l})`);
	});
	const names: PythonNames = {
		W: (l) => `W${l}`,
		b: (l) => `b${l}`,
		a: (l) => `a${l}`,
		sumAbs: (x) => `${x}.abs().sum()`,
		sumSq: (x) => `(${x} ** 2).sum()`,
		rowAbs: (x) => `${x}.abs().sum(dim=1)`,
		rowSq: (x) => `(${x} ** 2).sum(dim=1)`
	};
	const penalty = penaltyTerms(net, names);
	const activity = activityTerms(net, names);
	const masks = dropoutMasks(net, (m) => `torch.tensor(${m})`).filter((m) => m !== null);
	return [
		...scriptTitle(net, 'PyTorch'),
		'import torch',
		'',
		'torch.set_default_dtype(torch.float64)',
		'',
		...activationDefs(net, 'torch').flatMap((d) => [d, '', '']),
		lossDef(net.loss, 'torch'),
		'',
		'',
		'def show(name, value):',
		'    print(f"{name} {float(value)!r}")',
		'',
		'',
		'def show_rows(name, M):  # one row per sample',
		`    for k in range(M.shape[0]):`,
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
		...params,
		`X = torch.tensor(${pyMatrix(net.samples.map((s) => s.input))})  # one row per sample`,
		`Y = torch.tensor(${pyMatrix(net.samples.map((s) => s.target))})`,
		...masks,
		'',
		...forward,
		`E_k = loss_per_sample(a${L}, Y)${activity.map((t) => ` + ${t}`).join('')}${activity.length ? '  # with the outputs\' penalties' : ''}`,
		`E = E_k.mean()${penalty.length ? ` + ${penalty.join(' + ')}` : ''}  # the mean over the samples${penalty.length ? ', plus the L1/L2 penalties' : ''}`,
		'E.backward()',
		'',
		'with torch.no_grad():',
		...shows.map((s) => `    ${s}`),
		...(N > 1 ? ['    for k in range(E_k.shape[0]):', '        show(f"E@{k + 1}", E_k[k])'] : []),
		'    show("E", E)',
		...grads.map((s) => `    ${s}`),
		''
	].join('\n');
}
