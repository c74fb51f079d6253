// The notes of a marked answer, in English and Traditional Chinese. Numbers are plain text; labels
// are the file's labels in plain text (δ_O_1, ∂E/∂w_5).

import { formatPlain } from '../format/number';
import type { Rounding } from '../spec/types';
import type { AnswerRef, Diagnosis, Notes, Working } from './types';
import { texToPlain } from './plain';
import { decimalsOf } from '../format/round';

/** An exact value shown two decimals finer than the answer (at least 4), trailing zeros trimmed. */
export function showExact(x: number, written: string): string {
	const d = Math.min(Math.max(decimalsOf(written) + 2, 4), 12);
	const fixed = formatPlain(x, { decimals: d });
	if (x !== 0 && /^-?0\.?0*$/.test(fixed)) return formatPlain(x, { significant: 3 });
	return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** The tolerance as written: 0.01, 1, 1e-7. */
export function showTolerance(tol: number): string {
	const d = Math.round(-Math.log10(tol));
	return d > 6 ? `1e-${d}` : d <= 0 ? String(tol) : tol.toFixed(d);
}

const ref = (r: AnswerRef) => `${r.key} = ${r.written}`;

export function correctNote(exact: string, tol: string): Notes {
	return {
		en: `within ${tol} of the exact value ${exact}`,
		'zh-TW': `與精確值 ${exact} 相差不超過 ${tol}`
	};
}

export function carriedNote(
	exact: string,
	tol: string,
	recomputed: string,
	culprit: AnswerRef | null,
	hand: Rounding | null,
	usedAnswers: boolean
): Notes {
	const rounding = hand ? ('decimals' in hand ? `${hand.decimals} decimals` : `${hand.significant} significant digits`) : '';
	const roundingZh = hand ? ('decimals' in hand ? `小數 ${hand.decimals} 位` : `${hand.significant} 位有效數字`) : '';
	const from = culprit
		? { en: `your earlier answer ${ref(culprit)}, which is not correct`, zh: `你先前的答案 ${ref(culprit)}（此答案不正確）` }
		: usedAnswers
			? { en: 'your earlier (rounded) answers', zh: '你先前（已四捨五入）的答案' }
			: { en: "the network file's numbers", zh: '網路檔中的數值' };
	const how = hand
		? { en: `, rounding every step to ${rounding} as the network file asks`, zh: `，並依網路檔的要求每一步四捨五入到${roundingZh}` }
		: { en: '', zh: '' };
	return {
		en: `not within ${tol} of the exact value ${exact}, but the working is right: from ${from.en}${how.en}, this step gives ${recomputed} (error carried forward)`,
		'zh-TW': `與精確值 ${exact} 相差超過 ${tol}，但算法正確：由${from.zh}${how.zh}，這一步得到 ${recomputed}（錯誤延續）`
	};
}

export function wrongNote(
	exact: string,
	tol: string,
	yours: string | null,
	culprit: AnswerRef | null,
	working: string | null,
	leafLabel: string | null,
	diagnoses: Diagnosis[]
): Notes {
	const en: string[] = [`expected ${exact} (within ${tol})`];
	const zh: string[] = [`應為 ${exact}（誤差 ${tol} 以內）`];
	if (yours !== null) {
		en.push(`from your own earlier answers it would be ${yours}`);
		zh.push(`依你先前的答案應得 ${yours}`);
	}
	if (culprit) {
		en.push(`it depends on your earlier answer ${ref(culprit)}, which is not correct either`);
		zh.push(`它依賴你先前的答案 ${ref(culprit)}，該答案也不正確`);
	}
	if (leafLabel) {
		en.push(`the network file gives ${leafLabel} = ${exact}`);
		zh.push(`網路檔中 ${leafLabel} = ${exact}`);
	}
	if (working) {
		en.push(`correct working: ${working}`);
		zh.push(`正確算法：${working}`);
	}
	for (const [k, d] of diagnoses.entries()) {
		en.push(`${k === 0 ? 'likely mistake' : 'or'}: ${d.notes.en}`);
		zh.push(`${k === 0 ? '可能的錯誤' : '或'}：${d.notes['zh-TW']}`);
	}
	return { en: en.join('; '), 'zh-TW': zh.join('；') };
}

/** A step's working in plain text: formula = numbers = value. */
export function workingText(w: Working, rounding: Rounding | null): string {
	const formula = texToPlain(w.formula);
	const numbers = texToPlain(w.substituted);
	return `${formula} = ${numbers} = ${formatPlain(w.value, rounding)}`;
}

export function unknownNote(hint: Notes | undefined): Notes {
	return {
		en: `unknown key: ${hint?.en ?? 'not an id or a label of this network'}`,
		'zh-TW': `無法辨識的鍵：${hint?.['zh-TW'] ?? '不是此網路的代號或標籤'}`
	};
}
