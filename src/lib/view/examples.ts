// An entry of the examples menu (static/examples/index.json).

import type { Lang } from '$lib/i18n';

export interface ExampleEntry {
	file: string;
	title: Record<Lang, string>;
	description?: Record<Lang, string>;
	tags?: string[];
}
