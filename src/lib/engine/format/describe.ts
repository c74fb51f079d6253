// The network in a few sentences, for the top of every printed solution: its layers, loss,
// optimizer, samples, the given parameters and the rounding rule. One description, written
// through a Writer that knows how to show plain words and TeX in the target format.

import type { Activation, Network, Optimizer } from '../spec/types';
import { Labels } from '../trace/labels';
import type { Trace } from '../trace/types';
import { oneLine } from './escape';
import { formatExactTex } from './number';
import { terms, type Lang, type Terms } from './terms';

export interface Writer {
	/** Plain words (untrusted where they come from the file, e.g. the title or a custom expression). */
	text(s: string): string;
	/** A TeX fragment (labels, numbers). */
	math(tex: string): string;
}

/** Names listed in full up to this many; longer lists show their first and last few. */
const MAX_LISTED = 8;
/** Given parameters listed up to this many; beyond, only their number. */
const MAX_GIVEN = 32;

function list(items: string[], sep: string): string {
	if (items.length <= MAX_LISTED) return items.join(sep);
	return [...items.slice(0, 3), '…', ...items.slice(-2)].join(sep);
}

function activationText(act: Activation, w: Writer): string {
	// A custom expression is the file's own text (mathjs syntax), shown as words, not as TeX.
	if (act.name === 'custom') return `${w.text('custom')} ${w.math('f(x)')} ${w.text(`= ${oneLine(act.expression ?? '')}`)}`;
	const params: string[] = [];
	if (act.alpha !== undefined && ['leaky_relu', 'elu', 'prelu'].includes(act.name)) params.push(`\\alpha = ${formatExactTex(act.alpha)}`);
	if (act.name === 'rrelu') params.push(`\\alpha \\in [${formatExactTex(act.lower ?? 1 / 8)}, ${formatExactTex(act.upper ?? 1 / 3)}]`);
	return params.length ? `${w.text(act.name)} (${w.math(params.join(',\\ '))})` : w.text(act.name);
}

function layersSentence(net: Network, t: Terms, w: Writer, lang: Lang): string {
	const labels = new Labels(net);
	const names = (l: number, size: number) =>
		list(Array.from({ length: size }, (_, j) => w.math(labels.neuron(l, j + 1))), t.listSeparator);
	const parts: string[] = [];
	const inputs = names(0, net.input.size);
	parts.push(lang === 'en' ? `${t.inputs(net.input.size)} (${inputs})` : `${t.inputs(net.input.size)}（${inputs}）`);
	net.layers.forEach((layer, index) => {
		const l = index + 1;
		const kind = l === net.layers.length ? t.outputLayer : t.hiddenLayer;
		const act = activationText(layer.activation, w);
		const fixed: string[] = [];
		if (!layer.trainableWeights) fixed.push(t.weights.toLowerCase());
		if (!layer.trainableBiases && layer.biases !== null) fixed.push(t.biases.toLowerCase());
		const frozen = fixed.length ? (lang === 'en' ? `; ${fixed.join(' and ')} ${t.frozen}` : `；${fixed.join('與')}${t.frozen}`) : '';
		parts.push(
			lang === 'en'
				? `${kind} ${l}: ${t.neurons(layer.size)} (${names(l, layer.size)}), ${t.activation} ${act}${frozen}`
				: `${kind} ${l}：${t.neurons(layer.size)}（${names(l, layer.size)}），${t.activation} ${act}${frozen}`
		);
	});
	return lang === 'en' ? `${t.network}: ${parts.join('; ')}.` : `${t.network}：${parts.join('；')}。`;
}

/** The optimizer's own parameters, in TeX: η, and β₁, β₂, ε, ρ, momentum where it uses them. */
function optimizerParams(opt: Optimizer): string[] {
	const p: string[] = [`\\eta = ${formatExactTex(opt.learningRate)}`];
	const add = (tex: string, x: number) => p.push(`${tex} = ${formatExactTex(x)}`);
	switch (opt.type) {
		case 'sgd':
			if (opt.momentum !== 0) add('\\mathrm{momentum}', opt.momentum);
			if (opt.nesterov) p.push('\\mathrm{Nesterov}');
			break;
		case 'adagrad':
			add('G_0', opt.initialAccumulatorValue);
			add('\\epsilon', opt.epsilon);
			break;
		case 'adadelta':
			add('\\rho', opt.rho);
			add('\\epsilon', opt.epsilon);
			break;
		case 'rmsprop':
			add('\\rho', opt.rho);
			if (opt.momentum !== 0) add('\\mathrm{momentum}', opt.momentum);
			add('\\epsilon', opt.epsilon);
			break;
		case 'adam':
		case 'adamw':
		case 'adamax':
		case 'nadam':
			add('\\beta_1', opt.beta1);
			add('\\beta_2', opt.beta2);
			add('\\epsilon', opt.epsilon);
			if (opt.type === 'adamw') add('\\lambda', opt.weightDecay);
			break;
		case 'adafactor':
			add('c', opt.beta2Decay);
			add('\\epsilon_1', opt.epsilon1);
			add('\\epsilon_2', opt.epsilon2);
			add('d', opt.clipThreshold);
			break;
		case 'ftrl':
			add('p', opt.learningRatePower);
			add('n_0', opt.initialAccumulatorValue);
			if (opt.l1RegularizationStrength !== 0) add('\\lambda_1', opt.l1RegularizationStrength);
			if (opt.l2RegularizationStrength !== 0) add('\\lambda_2', opt.l2RegularizationStrength);
			if (opt.l2ShrinkageRegularizationStrength !== 0) add('\\lambda_s', opt.l2ShrinkageRegularizationStrength);
			if (opt.beta !== 0) add('\\beta', opt.beta);
			break;
		case 'perceptron':
			break;
	}
	if (opt.clipnorm !== null) add('\\mathrm{clipnorm}', opt.clipnorm);
	if (opt.clipvalue !== null) add('\\mathrm{clipvalue}', opt.clipvalue);
	return p;
}

function vector(xs: number[]): string {
	return `(${xs.map(formatExactTex).join(', ')})`;
}

function samplesSentence(net: Network, t: Terms, w: Writer, lang: Lang): string {
	const n = net.samples.length;
	const one = (k: number) => {
		const s = net.samples[k];
		const target = s.classIndex !== null ? `c = ${s.classIndex}` : vector(s.target);
		return lang === 'en'
			? `${t.input} ${w.math(vector(s.input))}, ${t.target} ${w.math(target)}`
			: `${t.input} ${w.math(vector(s.input))}，${t.target} ${w.math(target)}`;
	};
	if (n === 1) return lang === 'en' ? `${t.sample}: ${one(0)}.` : `${t.sample}：${one(0)}。`;
	const head =
		lang === 'en'
			? `${n} ${t.samples}; the loss and the gradients are the mean over them`
			: `${n} ${t.samples}；損失與梯度為各樣本的平均`;
	if (n > MAX_LISTED) return lang === 'en' ? `${head}.` : `${head}。`;
	const each = net.samples.map((_, k) => `${t.sample} ${k + 1}${t.colon}${one(k)}`);
	return lang === 'en' ? `${head}: ${each.join('; ')}.` : `${head}：${each.join('；')}。`;
}

/** The given parameters (weights, biases, prelu slopes) with their labels, as listed in the trace's leaves. */
function givenSentence(trace: Trace, t: Terms, w: Writer, lang: Lang): string | null {
	const params = Object.keys(trace.leaves).filter((id) => /^(w|b|alpha)\[/.test(id));
	if (params.length === 0) return null;
	if (params.length > MAX_GIVEN) {
		return lang === 'en' ? `${t.given}: ${params.length} parameters, as in the file.` : `${t.given}：${params.length} 個參數，如檔案所列。`;
	}
	const items = params.map((id) => w.math(`${trace.leafLabels[id] ?? id} = ${formatExactTex(trace.leaves[id])}`));
	return `${t.given}${t.colon}${items.join(t.listSeparator)}${lang === 'en' ? '.' : '。'}`;
}

function roundingSentence(net: Network, t: Terms, lang: Lang): string {
	const r = net.rounding;
	const what = r === null ? '' : 'decimals' in r ? t.decimals(r.decimals) : t.significant(r.significant);
	const s = r === null ? t.fullPrecision : net.style === 'course' ? t.roundingCourse(what) : t.rounding(what);
	return lang === 'en' ? `${s}.` : `${s}。`;
}

/** The title to print: the file's own, on one line, or a generic one. */
export function titleOf(net: Network, lang: Lang): string {
	const title = net.title === null ? '' : oneLine(net.titles?.[lang] ?? net.title);
	return title === '' ? terms(lang).untitled : title;
}

/** The sentences describing the network, each already written for the target format. */
export function describeNetwork(trace: Trace, lang: Lang, w: Writer): string[] {
	const net = trace.network;
	const t = terms(lang);
	const sentences = [layersSentence(net, t, w, lang)];
	const loss = `${t.loss}${t.colon}${w.text(t.lossNames[net.loss])} (${w.text(net.loss)})`;
	sentences.push(lang === 'en' ? `${loss}.` : `${loss}。`);
	const opt = net.optimizer;
	const params = optimizerParams(opt).map((p) => w.math(p));
	const optimizer = `${t.optimizer}${t.colon}${w.text(t.optimizerNames[opt.type])}${lang === 'en' ? ', ' : '，'}${t.learningRate} ${params.join(t.listSeparator)}`;
	sentences.push(lang === 'en' ? `${optimizer}.` : `${optimizer}。`);
	sentences.push(samplesSentence(net, t, w, lang));
	const given = givenSentence(trace, t, w, lang);
	if (given) sentences.push(given);
	sentences.push(roundingSentence(net, t, lang));
	return sentences;
}
