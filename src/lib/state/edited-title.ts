// An edited network says so in its title ("Course example (edited)", 「課程範例（已修改）」), in the
// file itself, so a saved file or a shared link keeps saying it. An untitled network stays untitled.

import { MAX_TITLE_LENGTH } from '$lib/engine/spec/schema';
import { translate, LANGS } from '$lib/i18n';
import { looksLikeNetwork, type NetworkJson } from './network-json';

function edited(title: string, lang: (typeof LANGS)[number]): string {
	const suffix = translate(lang, 'file.editedTitle', { title: '' });
	if (title.endsWith(suffix)) return title;
	// A title near the length limit is shortened so the mark still fits (an edit is never refused for it).
	const room = MAX_TITLE_LENGTH - Array.from(suffix).length;
	const chars = Array.from(title);
	const kept = chars.length <= room ? title : `${chars.slice(0, room - 1).join('')}…`;
	return translate(lang, 'file.editedTitle', { title: kept });
}

/** The `where`s of LabState.apply that open a file or change the view rather than edit the network. */
const NOT_EDITS = new Set(['file', 'rounding', 'style']);

/** The file with its title marked as edited (once: a second edit changes nothing) when `where` is an edit. */
export function markIfEdit(json: NetworkJson, where: string): NetworkJson {
	if (NOT_EDITS.has(where) || !looksLikeNetwork(json)) return json;
	const title = json.title;
	const en = typeof title === 'string' ? title : title?.en;
	const zh = typeof title === 'string' ? title : title?.['zh-TW'];
	if (typeof en !== 'string' || typeof zh !== 'string') return json; // untitled, or refused by validation anyway
	return { ...json, title: { en: edited(en, 'en'), 'zh-TW': edited(zh, 'zh-TW') } };
}
