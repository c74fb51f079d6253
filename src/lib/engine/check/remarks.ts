// Remarks on a whole sheet, so that nothing passes in silence: an empty sheet, a sheet none of whose
// keys this network knows, and one whose answers mostly match nothing here (no quantity, or wrong by
// amounts that no common mistake and no earlier answer of theirs explains) — written for another
// network, perhaps.

import type { Network } from '../spec/types';
import type { CheckResult, Remark } from './types';

/** The network's name for a message: its title in each language, else "this network". */
function titleOf(net: Network): { en: string; 'zh-TW': string } {
	const t = net.titles ?? (net.title ? { en: net.title, 'zh-TW': net.title } : null);
	return t ? { en: `"${t.en}"`, 'zh-TW': `「${t['zh-TW']}」` } : { en: 'this network', 'zh-TW': '此網路' };
}

/**
 * `fits(r)`: an unknown key's number is the value of the key suggested for it (o1 = 0.48 is O_1),
 * so the key is this network's, misspelt. Unknown keys that fit nothing count as another network's.
 */
export function sheetRemarks(net: Network, results: CheckResult[], examples: () => string[], fits: (r: CheckResult) => boolean): Remark[] {
	// Asked for only when a remark quotes them, and then once.
	let first: string[] | undefined;
	const e = () => (first ??= examples().slice(0, 3));
	const like = () => ({ en: e().join(', '), 'zh-TW': e().join('、') });
	if (results.length === 0) {
		return [
			{
				kind: 'empty',
				notes: {
					en: `no answers to mark: the sheet is empty. Write each answer under its key, e.g. {"${e()[0] ?? 'H_1'}": …} (keys of this network: ${like().en})`,
					'zh-TW': `沒有可批改的答案：作答表是空的。請把每個答案寫在它的鍵之下，例如 {"${e()[0] ?? 'H_1'}": …}（此網路的鍵：${like()['zh-TW']}）`
				}
			}
		];
	}
	const title = titleOf(net);
	const unknown = results.filter((r) => r.verdict === 'unknown').length;
	if (unknown === results.length) {
		return [
			{
				kind: 'nothing-recognised',
				notes: {
					en: `none of the ${results.length} keys names a quantity of ${title.en}, so nothing was marked: is this the right network? Its keys are like ${like().en}`,
					'zh-TW': `${results.length} 個鍵都不是${title['zh-TW']}的量，沒有任何答案被批改：網路檔是否選錯了？此網路的鍵例如 ${like()['zh-TW']}`
				}
			}
		];
	}
	const foreign = results.filter((r) => r.verdict === 'unknown' && !fits(r)).length;
	const unexplained = results.filter((r) => r.verdict === 'wrong' && r.diagnoses.length === 0 && r.culprit === null).length;
	if (results.length >= 3 && foreign + unexplained > results.length / 2) {
		return [
			{
				kind: 'wrong-network',
				notes: {
					en: `${foreign + unexplained} of the ${results.length} answers match nothing in ${title.en} (${foreign} unknown key${foreign === 1 ? '' : 's'}, ${unexplained} wrong by amounts no common mistake explains): is this the right network?`,
					'zh-TW': `${results.length} 個答案中有 ${foreign + unexplained} 個與${title['zh-TW']}對不上（${foreign} 個不明的鍵，${unexplained} 個錯誤且無法以常見錯誤解釋）：網路檔是否選錯了？`
				}
			}
		];
	}
	return [];
}
