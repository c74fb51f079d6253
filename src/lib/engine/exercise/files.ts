// A class set as the files `backstep exercise` writes and /teach downloads (docs/exercises.md):
// variant-001.json … (network files), key.json ({"variant-001": {"H_1": 0.56, …}, …}, the asked
// quantities by the key the worksheet writes), worksheets.html and key.html.

import { networkToText } from '../spec/encode';
import type { Lang } from '../lang';
import type { ExerciseSet } from './generate';
import { variantLink } from './link';
import { keyHtml, worksheetsHtml } from './print/pages';

export interface SetFile {
	name: string;
	text: string;
}

export function keyJson(set: ExerciseSet): Record<string, Record<string, number>> {
	return Object.fromEntries(set.variants.map((v) => [v.name, Object.fromEntries(v.answers.map((a) => [a.key, a.value]))]));
}

export async function exerciseFiles(set: ExerciseSet, options: { site: string; lang: Lang; seed: number }): Promise<SetFile[]> {
	const links = await Promise.all(set.variants.map((v) => variantLink(options.site, v, options.lang)));
	return [
		...set.variants.map((v) => ({ name: `${v.name}.json`, text: `${networkToText(v.network)}\n` })),
		{ name: 'key.json', text: `${JSON.stringify(keyJson(set), null, 2)}\n` },
		{ name: 'worksheets.html', text: worksheetsHtml(set, links, options.lang, options.seed) },
		{ name: 'key.html', text: keyHtml(set, options.lang, options.seed) }
	];
}
