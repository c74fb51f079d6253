// What every part of the lab's editor receives: the file as JSON, the last refusal (shown where it
// happened), the language and its messages, and the one way to propose a change.

import type { Lang, MessageKey, Params } from '$lib/i18n';
import type { Refusal } from '$lib/state/lab.svelte';
import type { NetworkJson } from '$lib/state/network-json';

export interface EditorProps {
	json: NetworkJson;
	refusal: Refusal | null;
	lang: Lang;
	t: (key: MessageKey, params?: Params) => string;
	/** Proposes the edited file; false when it was refused (the refusal says why, at `where`). */
	onchange: (candidate: NetworkJson, where: string) => boolean;
}
