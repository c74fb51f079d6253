// The printed pages of a class set (docs/exercises.md): one worksheet page per variant (the network
// drawn, the givens in words, blanks for the asked quantities, a link and a QR code that open the
// variant on /check) and one answer-key page per variant (the answers and the whole worked solution).

import { describeNetwork, titleOf } from '../../format/describe';
import { terms } from '../../format/terms';
import { texToText } from '../../format/tex-text';
import { traceToText } from '../../format/text';
import type { Lang } from '../../lang';
import type { ExerciseSet, Variant } from '../generate';
import { answerRounding } from '../numbers';
import { documentHtml, esc, labelHtml } from './html';
import { qrSvg } from './qr';
import { networkSvg } from './svg';
import { SHEET_WORDS } from './words';

const writer = { text: esc, math: (tex: string) => esc(texToText(tex)) };

function heading(v: Variant, lang: Lang, what: string): string {
	return `<h1>${esc(titleOf(v.network, lang))}</h1><p class="meta">${esc(what)} · ${esc(v.name)}</p>`;
}

function decimalsText(v: Variant, lang: Lang): string {
	const r = answerRounding(v.network.rounding);
	const t = terms(lang);
	return 'decimals' in r ? t.decimals(r.decimals) : t.significant(r.significant);
}

/** The asked quantities in three columns of (quantity, cell) pairs: blanks on a worksheet, answers on the key. */
function answerTable(v: Variant, lang: Lang, cellOf: (k: number) => string, className: string): string {
	const w = SHEET_WORDS[lang];
	const columns = 3;
	const height = Math.ceil(v.answers.length / columns);
	const cell = (k: number) => (v.answers[k] ? `<td>${labelHtml(v.answers[k].key)}</td>${cellOf(k)}` : '<td></td><td></td>');
	const rows = Array.from({ length: height }, (_, k) => `<tr>${Array.from({ length: columns }, (_, c) => cell(k + c * height)).join('')}</tr>`).join('');
	const head = `<th>${w.quantity}</th><th>${w.answer}</th>`.repeat(columns);
	return `<table class="${className}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const blanks = (v: Variant, lang: Lang) => answerTable(v, lang, () => '<td class="blank"></td>', 'blanks');

function worksheetPage(v: Variant, lang: Lang, link: string): string {
	const w = SHEET_WORDS[lang];
	const givens = describeNetwork(v.hand ?? v.exact, lang, writer)
		.map((s) => `<p>${s}</p>`)
		.join('');
	return `<section class="page">
${heading(v, lang, w.worksheet)}
<div class="name"><span>${w.name}:</span><span>${w.studentId}:</span><span>${w.date}:</span></div>
${networkSvg(v.exact, w.network(v.name))}
<h2>${w.givens}</h2><div class="givens">${givens}</div>
<h2>${w.answers}</h2><p>${esc(w.instructions(decimalsText(v, lang)))}</p>
${blanks(v, lang)}
<div class="link">${qrSvg(link, w.qr(v.name))}<div><p>${esc(w.link)}</p><a href="${esc(link)}">${esc(shortLink(link, v.name))}</a></div></div>
</section>`;
}

/** The link as printed: its address and the variant (the whole link is the QR code and the anchor). */
function shortLink(link: string, name: string): string {
	return `${link.slice(0, link.indexOf('#'))} · ${name}`;
}

function keyPage(v: Variant, lang: Lang): string {
	const w = SHEET_WORDS[lang];
	const answers = answerTable(v, lang, (k) => `<td class="num">${esc(v.answers[k].written)}</td>`, 'answers');
	return `<section class="page">
${heading(v, lang, w.key)}
${answers}
<h2>${w.solution}</h2><pre class="solution">${esc(traceToText(v.hand ?? v.exact, lang))}</pre>
</section>`;
}

/** The worksheets as one printable document; `links[k]` opens variant k on /check. */
export function worksheetsHtml(set: ExerciseSet, links: string[], lang: Lang, seed: number): string {
	const pages = set.variants.map((v, k) => worksheetPage(v, lang, links[k]));
	return documentHtml(SHEET_WORDS[lang].setTitle(set.variants.length, seed), lang, pages);
}

export function keyHtml(set: ExerciseSet, lang: Lang, seed: number): string {
	const pages = set.variants.map((v) => keyPage(v, lang));
	return documentHtml(SHEET_WORDS[lang].keyTitle(set.variants.length, seed), lang, pages);
}
