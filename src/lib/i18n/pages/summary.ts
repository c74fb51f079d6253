// Messages of the /summary page in both languages; `satisfies` makes a key missing from either a type error.

import { translator, type Lang } from '../index';

const en = {
	title: 'Model summary',
	intro:
		'Build a Keras Sequential model and read its summary the way the course does: a Dense layer of n inputs and u units has n · u weights and u biases, (n + 1) · u parameters; Flatten and Dropout have none.',
	presets: 'Start from:',
	'preset.perceptron': 'Course perceptron 784 → 10',
	'preset.mlp': 'Course MLP 784-300-200-100-10',
	'model.heading': 'Layers',
	'input.label': 'Flatten, input_shape',
	'input.hint': 'e.g. 28, 28 for MNIST digits',
	'layer.dense': 'Dense',
	'layer.dropout': 'Dropout',
	'layer.units': 'units',
	'layer.activation': 'activation',
	'layer.useBias': 'use_bias',
	'layer.alpha': 'α',
	'layer.rate': 'rate',
	'layer.remove': 'Remove',
	'layer.up': 'Move up',
	'layer.down': 'Move down',
	'layer.number': 'Layer {n}',
	'add.dense': 'Add Dense',
	'add.dropout': 'Add Dropout',
	'error.shape': 'Give the input shape as positive whole numbers, e.g. 28, 28 (at most 4 of them, 10,000,000 inputs in all).',
	'error.units': 'units must be a whole number from 1 to {max}.',
	'error.rate': 'rate must be at least 0 and below 1.',
	'error.alpha': 'α must be a number.',
	'summary.heading': 'model.summary()',
	'summary.model': '模型："sequential"',
	'summary.layer': '層（類型）',
	'summary.shape': '輸出形狀',
	'summary.params': '參數個數',
	'summary.sum': 'Written out',
	'summary.total': 'Total params: {n}',
	'summary.trainable': 'Trainable params: {n}',
	'summary.nonTrainable': 'Non-trainable params: {n}',
	'summary.dropoutNote': 'Dropout zeroes a fraction of its inputs while training; it has no parameters and keeps the shape.',
	'summary.preluNote': 'PReLU adds one trainable slope α per unit.',
	'code.keras': 'Keras',
	'code.pytorch': 'PyTorch',
	'code.copy': 'Copy',
	'code.copied': 'Copied',
	'code.copyFailed': 'Select the code and copy it by hand.'
} as const;

type Key = keyof typeof en;

const zhTW = {
	title: '模型摘要',
	intro: '建立一個 Keras Sequential 模型，並像課程一樣解讀它的摘要：有 n 個輸入、u 個神經元的 Dense 層有 n · u 個權重與 u 個偏差值，共 (n + 1) · u 個參數；Flatten 與 Dropout 沒有參數。',
	presets: '從這裡開始：',
	'preset.perceptron': '課程的感知器 784 → 10',
	'preset.mlp': '課程的 MLP 784-300-200-100-10',
	'model.heading': '網路層',
	'input.label': 'Flatten 的輸入形狀（input_shape）',
	'input.hint': '例如 MNIST 數字為 28, 28',
	'layer.dense': 'Dense',
	'layer.dropout': 'Dropout',
	'layer.units': '神經元數（units）',
	'layer.activation': '激勵函數（activation）',
	'layer.useBias': '使用偏差值（use_bias）',
	'layer.alpha': 'α',
	'layer.rate': '丟棄比例（rate）',
	'layer.remove': '移除',
	'layer.up': '上移',
	'layer.down': '下移',
	'layer.number': '第 {n} 層',
	'add.dense': '新增 Dense',
	'add.dropout': '新增 Dropout',
	'error.shape': '請以正整數輸入形狀，例如 28, 28（最多 4 個維度，總輸入數不超過 10,000,000）。',
	'error.units': '神經元數（units）必須是 1 到 {max} 的整數。',
	'error.rate': '丟棄比例（rate）必須大於等於 0 且小於 1。',
	'error.alpha': 'α 必須是數字。',
	'summary.heading': 'model.summary()',
	'summary.model': '模型："sequential"',
	'summary.layer': '層（類型）',
	'summary.shape': '輸出形狀',
	'summary.params': '參數個數',
	'summary.sum': '計算式',
	'summary.total': '參數總數（Total params）：{n}',
	'summary.trainable': '可訓練參數（Trainable params）：{n}',
	'summary.nonTrainable': '不可訓練參數（Non-trainable params）：{n}',
	'summary.dropoutNote': 'Dropout 在訓練時把一部分輸入設為 0；它沒有參數，也不改變形狀。',
	'summary.preluNote': 'PReLU 每個神經元多一個可訓練的斜率 α。',
	'code.keras': 'Keras',
	'code.pytorch': 'PyTorch',
	'code.copy': '複製',
	'code.copied': '已複製',
	'code.copyFailed': '請選取程式碼後手動複製。'
} as const satisfies Record<Key, string>;

export type SummaryKey = Key;

export const SUMMARY_MESSAGES: Record<Lang, Record<Key, string>> = { en, 'zh-TW': zhTW };

/** The message for `key` in `lang`, `{name}` parameters filled in. */
export const t = translator(SUMMARY_MESSAGES);
