// The marked worksheet as Markdown: a heading with the network's title and the summary, then one
// table per phase (quantity in $…$ TeX, the answer as typed, the verdict as icon and word, the note).
// Words from the file and from the person are escaped; TeX goes only inside $…$.

import type { CheckResult, Verdict } from '$lib/engine/check';
import { escapeMarkdownMath, escapeMarkdownText, oneLine } from '$lib/engine/format/escape';
import type { Lang } from '$lib/i18n';
import type { Phase } from '$lib/engine/trace/types';
import { t, type CheckKey } from '$lib/i18n/pages/check';
import type { RowGroup } from './sheet';
import { VERDICT_ICON } from './verdicts';

export interface SheetExport {
	title: string;
	lang: Lang;
	groups: RowGroup[];
	typed: Record<string, string>;
	byId: Map<string, CheckResult>;
	extra: CheckResult[];
	summary: string;
	phaseName: (phase: Phase) => string;
}

const cell = (s: string) => s.replace(/\|/g, '\\vert ');
const math = (tex: string) => `$${cell(escapeMarkdownMath(tex.trim()))}$`;
const text = (s: string) => escapeMarkdownText(oneLine(s));

function verdictCell(lang: Lang, v: Verdict | null): string {
	return v === null ? t(lang, 'verdict.blank') : `${VERDICT_ICON[v]} ${t(lang, `verdict.${v}` as CheckKey)}`;
}

function row(lang: Lang, quantity: string, typed: string, r: CheckResult | undefined): string {
	const comment = r && r.verdict !== 'correct' ? text(r.notes[lang]) : '';
	return `| ${quantity} | ${typed.trim() === '' ? '—' : text(typed.trim())} | ${verdictCell(lang, r?.verdict ?? null)} | ${comment} |`;
}

export function sheetToMarkdown(s: SheetExport): string {
	const { lang } = s;
	const head = `| ${t(lang, 'md.quantity')} | ${t(lang, 'md.answer')} | ${t(lang, 'md.verdict')} | ${t(lang, 'md.comment')} |\n|---|---|---|---|`;
	const out: string[] = [`# ${t(lang, 'md.title')}`, '', `${t(lang, 'md.network')}: ${text(s.title)}`, '', text(s.summary), ''];
	for (const g of s.groups) {
		out.push(`## ${text(s.phaseName(g.phase))}`, '', head);
		for (const r of g.rows) out.push(row(lang, math(r.label), s.typed[r.id] ?? '', s.byId.get(r.id)));
		out.push('');
	}
	if (s.extra.length) {
		out.push(`## ${t(lang, 'sheet.unknownHeading')}`, '', head);
		for (const r of s.extra) out.push(row(lang, text(r.key), r.written, r));
		out.push('');
	}
	return out.join('\n');
}
