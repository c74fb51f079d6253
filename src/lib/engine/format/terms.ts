// The few words the printers need, in English and in the course's Traditional Chinese terms
// (激勵函數, 損失函數, 優化器, 正向傳導, 反向傳導, 權重, 偏差值, 學習率).

import type { ActivationName, InitName, LossName, OptimizerName } from '../spec/types';
import type { Phase } from '../trace/types';

import type { Lang } from '../lang';

export type { Lang };

export interface Terms {
	phase: Record<Phase, string>;
	untitled: string;
	network: string;
	/** "2 inputs" / "2 個輸入". */
	inputs: (n: number) => string;
	hiddenLayer: string;
	outputLayer: string;
	/** "2 neurons" / "2 個神經元". */
	neurons: (n: number) => string;
	activation: string;
	loss: string;
	optimizer: string;
	learningRate: string;
	weights: string;
	biases: string;
	sample: string;
	samples: string;
	input: string;
	target: string;
	given: string;
	rounding: (what: string) => string;
	decimals: (d: number) => string;
	significant: (s: number) => string;
	fullPrecision: string;
	/** The course's style: each written line rounded once, factors inside it not. */
	roundingCourse: (what: string) => string;
	frozen: string;
	summary: string;
	parameter: string;
	old: string;
	gradient: string;
	new: string;
	lossNames: Record<LossName, string>;
	optimizerNames: Record<OptimizerName, string>;
	/** The course writes most activations by their English names (sigmoid, ReLU); the rest are translated. */
	activationNames: Record<ActivationName, string>;
	initializerNames: Record<InitName, string>;
	/** Joins list items: "a, b" / "a、b". */
	listSeparator: string;
	/** Ends a sentence: ". " / "。". */
	stop: string;
	colon: string;
}

const en: Terms = {
	phase: { forward: 'Forward pass', loss: 'Loss', backward: 'Backward pass', update: 'Update' },
	untitled: 'One training step',
	network: 'Network',
	inputs: (n) => (n === 1 ? '1 input' : `${n} inputs`),
	hiddenLayer: 'hidden layer',
	outputLayer: 'output layer',
	neurons: (n) => (n === 1 ? '1 neuron' : `${n} neurons`),
	activation: 'activation',
	loss: 'Loss function',
	optimizer: 'Optimizer',
	learningRate: 'learning rate',
	weights: 'Weights',
	biases: 'Biases',
	sample: 'Sample',
	samples: 'samples',
	input: 'input',
	target: 'target',
	given: 'Given',
	rounding: (what) => `Every quantity is rounded to ${what} as it is computed, and the rounded value is used from then on`,
	decimals: (d) => (d === 1 ? '1 decimal' : `${d} decimals`),
	significant: (s) => (s === 1 ? '1 significant digit' : `${s} significant digits`),
	fullPrecision: 'Values are computed in full precision and shown to 4 decimals',
	roundingCourse: (what) => `Written as the course writes it: each line is rounded once to ${what}, later lines read the rounded values, and the factors inside a line are not rounded`,
	frozen: 'fixed (not trained)',
	summary: 'Updated parameters',
	parameter: 'Parameter',
	old: 'Old',
	gradient: 'Gradient',
	new: 'New',
	lossNames: {
		half_sse: 'half the sum of squared errors',
		sse: 'sum of squared errors',
		mse: 'mean squared error',
		mae: 'mean absolute error',
		binary_crossentropy: 'binary cross-entropy',
		categorical_crossentropy: 'categorical cross-entropy',
		sparse_categorical_crossentropy: 'sparse categorical cross-entropy',
		hinge: 'hinge loss'
	},
	optimizerNames: {
		sgd: 'gradient descent (SGD)',
		adagrad: 'Adagrad',
		adadelta: 'Adadelta',
		rmsprop: 'RMSprop',
		adam: 'Adam',
		adamw: 'AdamW',
		adamax: 'Adamax',
		nadam: 'Nadam',
		adafactor: 'Adafactor',
		ftrl: 'FTRL',
		perceptron: 'the perceptron rule'
	},
	activationNames: {
		linear: 'linear',
		sigmoid: 'sigmoid',
		tanh: 'tanh',
		relu: 'ReLU',
		leaky_relu: 'Leaky ReLU',
		prelu: 'PReLU',
		elu: 'ELU',
		softplus: 'softplus',
		swish: 'swish',
		step: 'step',
		sign: 'sign',
		rrelu: 'RReLU',
		softmax: 'softmax',
		custom: 'custom'
	},
	initializerNames: {
		glorot_uniform: 'Glorot uniform',
		glorot_normal: 'Glorot normal',
		he_uniform: 'He uniform',
		he_normal: 'He normal',
		zeros: 'zeros'
	},
	listSeparator: ', ',
	stop: '. ',
	colon: ': '
};

const zhTW: Terms = {
	phase: { forward: '正向傳導', loss: '損失函數', backward: '反向傳導', update: '權重更新' },
	untitled: '一次訓練步驟',
	network: '網路',
	inputs: (n) => `${n} 個輸入`,
	hiddenLayer: '隱藏層',
	outputLayer: '輸出層',
	neurons: (n) => `${n} 個神經元`,
	activation: '激勵函數',
	loss: '損失函數',
	optimizer: '優化器',
	learningRate: '學習率',
	weights: '權重',
	biases: '偏差值',
	sample: '樣本',
	samples: '筆樣本',
	input: '輸入',
	target: '目標',
	given: '已知',
	rounding: (what) => `每個數值計算後都四捨五入到${what}，之後的計算都使用四捨五入後的值`,
	decimals: (d) => `小數點後 ${d} 位`,
	significant: (s) => `${s} 位有效數字`,
	fullPrecision: '以完整精度計算，顯示到小數點後 4 位',
	roundingCourse: (what) => `依課程的寫法：每一行算完後四捨五入到${what}一次，之後各行都使用四捨五入後的值；同一行裡的各個因子不四捨五入`,
	frozen: '固定（不訓練）',
	summary: '更新後的參數',
	parameter: '參數',
	old: '原值',
	gradient: '梯度',
	new: '新值',
	lossNames: {
		half_sse: '½ 誤差平方和',
		sse: '誤差平方和',
		mse: '均方誤差 (MSE)',
		mae: '平均絕對誤差 (MAE)',
		binary_crossentropy: '二元交叉熵',
		categorical_crossentropy: '分類交叉熵',
		sparse_categorical_crossentropy: '稀疏分類交叉熵',
		hinge: 'Hinge 損失'
	},
	optimizerNames: {
		sgd: '梯度下降法 (SGD)',
		adagrad: 'Adagrad',
		adadelta: 'Adadelta',
		rmsprop: 'RMSprop',
		adam: 'Adam',
		adamw: 'AdamW',
		adamax: 'Adamax',
		nadam: 'Nadam',
		adafactor: 'Adafactor',
		ftrl: 'FTRL',
		perceptron: '感知器學習規則'
	},
	activationNames: {
		linear: '線性',
		sigmoid: 'sigmoid',
		tanh: 'tanh',
		relu: 'ReLU',
		leaky_relu: 'Leaky ReLU',
		prelu: 'PReLU',
		elu: 'ELU',
		softplus: 'softplus',
		swish: 'swish',
		step: '階梯函數',
		sign: '符號函數',
		rrelu: 'RReLU',
		softmax: 'softmax',
		custom: '自訂'
	},
	initializerNames: {
		glorot_uniform: 'Glorot 均勻分佈',
		glorot_normal: 'Glorot 常態分佈',
		he_uniform: 'He 均勻分佈',
		he_normal: 'He 常態分佈',
		zeros: '全部為零'
	},
	listSeparator: '、',
	stop: '。',
	colon: '：'
};

export const TERMS: Record<Lang, Terms> = { en, 'zh-TW': zhTW };

export function terms(lang: Lang): Terms {
	return TERMS[lang];
}

/** A menu entry: the name, with the file's id beside it unless the name already says it ("ReLU", "線性 (linear)"). */
export function withId(name: string, id: string): string {
	const plain = name.toLowerCase();
	return plain === id.replace(/_/g, ' ') || plain.includes(id) ? name : `${name} (${id})`;
}
