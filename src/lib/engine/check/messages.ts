// The notes of a marked answer, in English and Traditional Chinese (the /check page's words: 連帶
// for carried, 不明 for unknown). Numbers are plain text; labels are the file's labels written as
// `solve` writes them (./diagnose.ts plainLabel: δ_O1, ∂E/∂w_5).

import { texToText } from '../format/tex-text';
import { formatPlain } from '../format/number';
import { decimalsOf } from '../format/round';
import type { Rounding } from '../spec/types';
import type { AnswerRef, Diagnosis, Notes, Working } from './types';

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

/** Both languages' notes joined, each with its own separator. */
export function joinNotes(parts: Notes[]): Notes {
	return { en: parts.map((p) => p.en).join('; '), 'zh-TW': parts.map((p) => p['zh-TW']).join('；') };
}

export function correctNote(exact: string, tol: string): Notes {
	return {
		en: `within ${tol} of the exact value ${exact}`,
		'zh-TW': `與精確值 ${exact} 相差不超過 ${tol}`
	};
}

/** A correct answer that a mistake gives as well at its precision (the update's sign: w + ηg). */
export function ambiguityNote(d: Diagnosis, written: string, decimals: number): Notes {
	const also = showExact(d.value, written);
	return {
		en: `it matches ${d.notes.en.replace(/^matches /, '').replace(/:.*$/, '')} too (${also}): at ${decimals} decimal${decimals === 1 ? '' : 's'} the update's direction does not show; write more decimals to show it`,
		'zh-TW': `它也符合${d.notes['zh-TW'].replace(/^與「/, '「').replace(/」相符.*$/, '」')}的結果（${also}）：寫到小數 ${decimals} 位看不出更新的方向，請多寫幾位小數`
	};
}

/** Written more coarsely than the network asks: right at that precision, but not counted. `why`: the rule's reason. */
export function impreciseNote(exact: string, tol: string, decimals: number, required: number, why: Notes): Notes {
	return {
		en: `written to ${decimals} decimal${decimals === 1 ? '' : 's'}, where at least ${required} are needed (${why.en}); within ${tol} of the exact value ${exact}, but too coarse to count as correct`,
		'zh-TW': `只寫到小數 ${decimals} 位，這裡至少要寫到小數 ${required} 位（${why['zh-TW']}）；與精確值 ${exact} 相差不超過 ${tol}，但精度不足，不算正確`
	};
}

/** A wrong answer that is right at the network's precision, written more finely than it is right (0.480 for 0.4769). */
export function precisionOnlyNote(required: number, decimals: number): Notes {
	return {
		en: `it is right to the ${required} decimal${required === 1 ? '' : 's'} asked for, but written to ${decimals}, which claims more than it is right to`,
		'zh-TW': `它到要求的小數 ${required} 位是對的，但寫到小數 ${decimals} 位，宣稱的精度超過它實際正確的程度`
	};
}

/** Appended to a wrong or carried answer that is also written too coarsely. */
export function coarseNote(decimals: number, required: number): Notes {
	return {
		en: `it is also written to ${decimals} decimal${decimals === 1 ? '' : 's'}, where at least ${required} are expected`,
		'zh-TW': `而且只寫到小數 ${decimals} 位，至少應寫到小數 ${required} 位`
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
		'zh-TW': `與精確值 ${exact} 相差超過 ${tol}，但算法正確：由${from.zh}${how.zh}，這一步得到 ${recomputed}（連帶）`
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

/** A step's working in plain text, as `solve` prints it: formula = numbers = value. */
export function workingText(w: Working, rounding: Rounding | null): string {
	const formula = texToText(w.formula);
	const numbers = texToText(w.substituted);
	return `${formula} = ${numbers} = ${formatPlain(w.value, rounding)}`;
}

export function unknownNote(hint: Notes | undefined): Notes {
	return {
		en: `unknown key: ${hint?.en ?? 'not an id or a label of this network'}`,
		'zh-TW': `不明的鍵：${hint?.['zh-TW'] ?? '不是此網路的代號或標籤'}`
	};
}
