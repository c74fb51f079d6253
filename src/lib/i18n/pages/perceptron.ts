// Messages of the /perceptron page in both languages; `satisfies` makes a key missing from either a type error.

import { translator, type Lang } from '../index';

const en = {
	title: 'The perceptron',
	intro:
		'One neuron: z = w₀x₀ + w₁x₁ + w₂x₂ with x₀ = 1 standing for the bias, ŷ = sign(z). After each epoch the perceptron rule moves the weights by η times the mean of (y − ŷ)·x over the samples, and the line z = 0 moves with them, until every sample is on its side — or, when no line can separate the classes, never.',
	'data.label': 'Data',
	'data.course': 'The course’s 4 samples',
	'data.xor': 'XOR (not linearly separable)',
	'data.eta': 'Learning rate η',
	'data.maxEpochs': 'Epoch limit',
	'data.bad': 'Enter a positive number: η up to 100, the epoch limit a whole number up to 10,000.',
	'controls.first': 'Start',
	'controls.prev': 'Previous update',
	'controls.next': 'Next update',
	'controls.last': 'Last',
	'controls.play': 'Play',
	'controls.pause': 'Pause',
	'controls.position': 'Update {k} of {n}',
	'controls.start': 'Before the first update ({n, plural, one {# update} other {# updates}} in all)',
	'status.converged': 'Converged after {n, plural, one {# update} other {# updates}}: every sample is classified correctly.',
	'status.convergedHere': 'Converged: every sample is classified correctly; the rule no longer changes the weights.',
	'status.limit': 'Not converged after {n, plural, one {# update} other {# updates}} (the epoch limit). These data are not linearly separable: no line puts every sample on its side, so the perceptron keeps moving.',
	'status.misclassified': '{m} of {n, plural, one {# sample} other {# samples}} misclassified.',
	'plot.label': 'The samples and the separating line w₀ + w₁x₁ + w₂x₂ = 0',
	'plot.positive': 'y = {v}',
	'plot.wrong': 'misclassified',
	'plot.next': 'after this update',
	'plot.positiveSide': 'z > 0 (ŷ = 1)',
	'samples.heading': 'Samples at these weights',
	'samples.k': 'k',
	'samples.x': 'x',
	'samples.z': 'z = w·x',
	'samples.yhat': 'ŷ = sign(z)',
	'samples.y': 'y',
	'samples.error': 'y − ŷ',
	'weights.heading': 'Weights',
	'weights.before': 'now',
	'weights.after': 'after the update',
	'rule.heading': 'The perceptron rule for this update',
	'rule.general': 'The rule',
	'rule.none': 'Every sample is classified: y − ŷ = 0 for all of them, so the rule leaves the weights as they are.',
	lab: 'Open these weights in the lab',
	'lab.note': 'The lab shows this epoch’s forward pass and the update step by step.'
} as const;

type Key = keyof typeof en;

const zhTW = {
	title: '感知器',
	intro:
		'一個神經元：z = w₀x₀ + w₁x₁ + w₂x₂，其中 x₀ = 1 代表偏差值，ŷ = sign(z)。每個週期之後，感知器學習規則把權重移動 η 乘以所有樣本 (y − ŷ)·x 的平均，直線 z = 0 也跟著移動，直到每個樣本都在正確的一側——若沒有任何直線能分開兩類，就永遠不會停。',
	'data.label': '資料',
	'data.course': '課程的 4 個樣本',
	'data.xor': 'XOR（非線性可分）',
	'data.eta': '學習率 η',
	'data.maxEpochs': '週期上限',
	'data.bad': '請輸入正數：η 不超過 100，週期上限為不超過 10,000 的整數。',
	'controls.first': '開始',
	'controls.prev': '上一次更新',
	'controls.next': '下一次更新',
	'controls.last': '最後',
	'controls.play': '播放',
	'controls.pause': '暫停',
	'controls.position': '第 {k} 次更新，共 {n} 次',
	'controls.start': '第一次更新之前（共 {n} 次更新）',
	'status.converged': '{n} 次更新後收斂：每個樣本都分類正確。',
	'status.convergedHere': '已收斂：每個樣本都分類正確，學習規則不再改變權重。',
	'status.limit': '{n} 次更新（週期上限）後仍未收斂。這組資料不是線性可分的：沒有任何一條直線能把每個樣本分到正確的一側，所以感知器會一直移動。',
	'status.misclassified': '{n} 個樣本中有 {m} 個分類錯誤。',
	'plot.label': '樣本與分隔直線 w₀ + w₁x₁ + w₂x₂ = 0',
	'plot.positive': 'y = {v}',
	'plot.wrong': '分類錯誤',
	'plot.next': '這次更新之後',
	'plot.positiveSide': 'z > 0（ŷ = 1）',
	'samples.heading': '目前權重下的樣本',
	'samples.k': 'k',
	'samples.x': 'x',
	'samples.z': 'z = w·x',
	'samples.yhat': 'ŷ = sign(z)',
	'samples.y': 'y',
	'samples.error': 'y − ŷ',
	'weights.heading': '權重',
	'weights.before': '目前',
	'weights.after': '更新後',
	'rule.heading': '這次更新的感知器學習規則',
	'rule.general': '學習規則',
	'rule.none': '每個樣本都分類正確：所有的 y − ŷ 都是 0，所以學習規則不改變權重。',
	lab: '在實驗室中開啟這組權重',
	'lab.note': '實驗室會一步一步顯示這個週期的正向傳導和更新。'
} as const satisfies Record<Key, string>;

export type PerceptronKey = Key;

export const PERCEPTRON_MESSAGES: Record<Lang, Record<Key, string>> = { en, 'zh-TW': zhTW };

/** The message for `key` in `lang`, `{name}` parameters filled in. */
export const t = translator(PERCEPTRON_MESSAGES);
