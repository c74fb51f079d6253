// Messages of the lab's bridge to PyTorch and Keras (the file menu) in both languages.

import { translator } from '../index';

const en = {
	summary: 'PyTorch / Keras',
	pytorch: 'Download PyTorch script',
	keras: 'Download Keras script',
	note: 'The scripts print the forward values, the loss and the gradients of this network in float64, to compare with the working with rounding off.',
	importLabel: 'Keras model JSON (printed by the snippet in {doc})',
	importButton: 'Import Keras model',
	exportFailed: 'Cannot export: {reason}',
	importFailed: 'Cannot import the Keras model: {reason}',
	notJson: 'not JSON ({reason})'
};

const zhTW: Record<keyof typeof en, string> = {
	summary: 'PyTorch / Keras',
	pytorch: '下載 PyTorch 程式',
	keras: '下載 Keras 程式',
	note: '程式會以 float64 印出這個網路的正向傳導值、損失與梯度，可與關閉四捨五入的推導過程對照。',
	importLabel: 'Keras 模型 JSON（由 {doc} 的程式片段印出）',
	importButton: '匯入 Keras 模型',
	exportFailed: '無法匯出：{reason}',
	importFailed: '無法匯入 Keras 模型：{reason}',
	notJson: '不是 JSON（{reason}）'
};

export const bridgeText = translator({ en, 'zh-TW': zhTW });
