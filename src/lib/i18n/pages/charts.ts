// Messages of the training charts (the smoothing of /train's curves and /digits' curves) in both
// languages; `satisfies` makes a key missing from either a type error.

import { translator, type Lang } from '../index';

const en = {
	smoothing: 'Smoothing',
	'smoothing.hint': 'Strong lines: a moving average of the values (each point weighs the one before it by the smoothing, 0 = none, as in TensorBoard); faint lines behind: the raw values.',
	'smoothing.value': '{name} {value} (raw {raw})'
};

type Key = keyof typeof en;

const zhTW = {
	smoothing: '平滑程度',
	'smoothing.hint': '粗線：數值的移動平均（每一點以平滑程度加權前一點，0 表示不平滑，和 TensorBoard 相同）；後方的淡線：原始數值。',
	'smoothing.value': '{name} {value}（原始值 {raw}）'
} as const satisfies Record<Key, string>;

export type ChartsKey = Key;

const CHARTS_MESSAGES: Record<Lang, Record<Key, string>> = { en, 'zh-TW': zhTW };

/** The message for `key` in `lang`, `{name}` parameters filled in. */
export const t = translator(CHARTS_MESSAGES);
