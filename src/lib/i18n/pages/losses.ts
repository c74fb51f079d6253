// Messages of the /losses page in both languages; `satisfies` makes a key missing from either a type error.

import { translator, type Lang } from '../index';

const en = {
	title: 'Loss functions',
	intro:
		'A loss measures how far the prediction a is from the target y; training lowers it by following its gradient ∂E/∂a backwards through the network. Pick a loss to see E against the prediction for chosen targets, its gradient, and a worked example.',
	pick: 'Loss',
	'name.half_sse': '½ · sum of squared errors',
	'name.sse': 'Sum of squared errors',
	'name.mse': 'Mean squared error (MSE, L2)',
	'name.mae': 'Mean absolute error (MAE, L1)',
	'name.binary_crossentropy': 'Binary cross-entropy',
	'name.categorical_crossentropy': 'Categorical cross-entropy',
	'name.sparse_categorical_crossentropy': 'Sparse categorical cross-entropy',
	'name.hinge': 'Hinge',
	'chart.value': 'Loss E against the prediction',
	'chart.grad': 'Gradient ∂E/∂a',
	'chart.a': 'prediction a',
	'chart.E': 'E',
	'chart.dE': '∂E/∂a',
	'chart.series': 'y = {y}',
	targets: 'Targets y (comma-separated)',
	'targets.count': 'Give one to four targets.',
	'targets.number': 'Targets must be numbers between −100 and 100.',
	'targets.probability': 'This loss takes targets between 0 and 1.',
	'targets.sign': 'Hinge loss takes targets −1 and 1.',
	'note.binary_crossentropy': 'The course’s figure: for y = 0 the loss −ln(1 − a) grows without bound as a → 1; for y = 1, −ln a grows as a → 0. The closer to the target, the smaller the loss.',
	'note.hinge': 'Zero once y·a ≥ 1: a right answer given with confidence costs nothing; a right answer with too little margin still costs a little.',
	'note.mae': 'Its gradient is ±1/n whatever the size of the error: outliers pull no harder than small errors.',
	'note.crossentropy': 'With one output this is −y ln a; the cross-entropies clip a into [10⁻⁷, 1 − 10⁻⁷] as Keras does.',
	'worked.heading': 'Worked example',
	'worked.a': 'prediction a = {a}',
	'worked.y': 'target y',
	'worked.definition': 'Definition',
	'worked.value': 'Loss',
	'worked.grad': 'Gradient',
	openLab: 'Open a network with this loss in the lab',
	'ce.heading': 'The course’s softmax / one-hot cross-entropy, computed',
	'ce.intro': 'The network’s softmax output for a handwritten 7, and the one-hot target. Only the true class contributes to CE = −Σ yᵢ ln ŷᵢ.',
	'ce.class': 'class i',
	'ce.yHat': 'prediction ŷᵢ',
	'ce.y': 'target yᵢ',
	'ce.term': '−yᵢ ln ŷᵢ',
	'ce.result': 'CE = −ln 0.21 = {ce}',
	'ce.noteHeading': 'The course sheet’s number is not right',
	'ce.note':
		'The sheet writes log(0.21) = −0.156 and CE = 0.156. With the natural logarithm (what Keras and this site use), −ln 0.21 = {ce}; even with base-10 logarithms it would be −log₁₀ 0.21 = {log10}. 0.156 is neither: it is 1.56 with the decimal point moved one place. A CE of 1.56 is what a prediction of only 21% for the right class deserves.',
	'ce.sum': 'The sheet’s predictions also add up to {sum}, not 1 (they are rounded). Keras divides them by their sum before taking the logarithm, which gives −ln(0.21 / {sum}) = {normalised}.'
} as const;

type Key = keyof typeof en;

const zhTW = {
	title: '損失函數',
	intro: '損失函數衡量預測值 a 與目標值 y 的差距；訓練時沿著梯度 ∂E/∂a 反向傳導到整個網路，讓損失變小。選一個損失函數，看它對預測值的曲線（可自選目標值）、它的梯度，以及一個代入數字的計算範例。',
	pick: '損失函數',
	'name.half_sse': '½ · 誤差平方和',
	'name.sse': '誤差平方和（SSE）',
	'name.mse': '均方誤差（MSE，L2）',
	'name.mae': '平均絕對誤差（MAE，L1）',
	'name.binary_crossentropy': '二元交叉熵',
	'name.categorical_crossentropy': '分類交叉熵',
	'name.sparse_categorical_crossentropy': '稀疏分類交叉熵',
	'name.hinge': '合頁損失（Hinge）',
	'chart.value': '損失 E 對預測值的曲線',
	'chart.grad': '梯度 ∂E/∂a',
	'chart.a': '預測值 a',
	'chart.E': 'E',
	'chart.dE': '∂E/∂a',
	'chart.series': 'y = {y}',
	targets: '目標值 y（以逗號分隔）',
	'targets.count': '請輸入一到四個目標值。',
	'targets.number': '目標值必須是介於 −100 與 100 之間的數字。',
	'targets.probability': '這個損失函數的目標值必須介於 0 與 1 之間。',
	'targets.sign': '合頁損失的目標值只能是 −1 或 1。',
	'note.binary_crossentropy': '課程的圖：目標值為 0 時，損失 −ln(1 − a) 在 a → 1 時無限增大；目標值為 1 時，−ln a 在 a → 0 時增大。愈接近目標值，損失愈小。',
	'note.hinge': '當 y·a ≥ 1 時損失為 0：有把握的正確答案不受懲罰；正確但信心不足的答案仍有小小的懲罰。',
	'note.mae': '不論誤差大小，梯度都是 ±1/n：異常值的拉力不會比小誤差大。',
	'note.crossentropy': '只有一個輸出時就是 −y ln a；交叉熵會像 Keras 一樣把 a 限制在 [10⁻⁷, 1 − 10⁻⁷]。',
	'worked.heading': '計算範例',
	'worked.a': '預測值 a = {a}',
	'worked.y': '目標值 y',
	'worked.definition': '定義',
	'worked.value': '損失',
	'worked.grad': '梯度',
	openLab: '在實驗室開啟使用此損失函數的網路',
	'ce.heading': '課程的 Softmax / One-hot 交叉熵，實際計算',
	'ce.intro': '網路對手寫數字 7 的 Softmax 輸出，以及 One-hot 目標值。只有正確的類別會計入 CE = −Σ yᵢ ln ŷᵢ。',
	'ce.class': '類別 i',
	'ce.yHat': '預測值 ŷᵢ',
	'ce.y': '實際值 yᵢ',
	'ce.term': '−yᵢ ln ŷᵢ',
	'ce.result': 'CE = −ln 0.21 = {ce}',
	'ce.noteHeading': '講義上的數字不正確',
	'ce.note':
		'講義寫 log(0.21) = −0.156、CE = 0.156。以自然對數計算（Keras 與本站都用自然對數），−ln 0.21 = {ce}；就算用以 10 為底的對數，也是 −log₁₀ 0.21 = {log10}。0.156 兩者都不是：它是 1.56 的小數點錯移了一位。對正確類別只給 21% 的機率，CE 本來就應該是 1.56 這麼大。',
	'ce.sum': '另外，講義上的預測值加起來是 {sum}，不是 1（因為四捨五入）。Keras 會先把它們除以總和再取對數，得到 −ln(0.21 / {sum}) = {normalised}。'
} as const satisfies Record<Key, string>;

export type LossesKey = Key;

export const LOSSES_MESSAGES: Record<Lang, Record<Key, string>> = { en, 'zh-TW': zhTW };

/** The message for `key` in `lang`, `{name}` parameters filled in. */
export const t = translator(LOSSES_MESSAGES);
