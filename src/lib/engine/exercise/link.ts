// The link that opens a variant on /check: the site's address, `check`, and the share state /check
// reads (`#state=` + encodeState({v, network, step, rounding, lang}), as src/lib/state/share.ts
// writes it; version 1). The rounding stays on so that /check marks as `backstep grade` does.

import { encodeState } from '../spec/url';
import type { Lang } from '../lang';
import type { Variant } from './generate';

/** The address a worksheet's links use when none is given (`npm run preview` serves the site there). */
export const DEFAULT_SITE = 'http://localhost:4173/';

export async function variantLink(site: string, v: Variant, lang: Lang): Promise<string> {
	const base = site.endsWith('/') ? site : `${site}/`;
	// The description stays on the worksheet: the link carries what /check needs, and a shorter link
	// is a QR code a phone reads from paper.
	const { description: _, ...network } = v.json;
	const state = await encodeState({ v: 1, network, step: 0, rounding: true, lang });
	return `${base}check#state=${state}`;
}
