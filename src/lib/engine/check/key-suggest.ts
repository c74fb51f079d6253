// What to tell a person whose key names nothing in this network: the nearest key of this network
// ("did you mean O_1?"), that the network has no biases or does not train them, and an example built
// from this network's own labels, never from another's (H_1 is no label of Mazur's network).

import { editDistance } from '../spec/suggest';
import { texToText } from '../format/tex-text';
import type { Trace } from '../trace/types';
import { looseKey, marksUpdate, normaliseKey, visualKey } from './key-spellings';
import type { KeySuggestion, Notes } from './types';
import { ids } from '../trace/ids';

type Resolve = (key: string) => string | null;

/** The key a person would write for `id`: its plain label (H_1, dE/dw_5, δ_O1, w_5'), else the id. */
export function keyFor(trace: Trace, resolve: Resolve, id: string): string {
	const at = /@\d+$/.exec(id)?.[0] ?? '';
	const base = at ? id.slice(0, -at.length) : id;
	const plain = (x: string) => texToText(trace.idToLabel[x] ?? trace.idToLabel[`${x}@1`] ?? x).replace(/\^\(\d+\)$/, '');
	let key: string;
	let m: RegExpExecArray | null;
	if (base.endsWith("'")) key = `${keyFor(trace, resolve, base.slice(0, -1))}'`;
	else if ((m = /^dE\/d(.+)$/.exec(base))) key = `dE/d${keyFor(trace, resolve, m[1])}`;
	else if ((m = /^(delta|z)(\[\d+\]\[\d+\])$/.exec(base)))
		key = resolve(plain(base) + at) === id ? plain(base) : `${m[1] === 'z' ? 'z' : 'δ'}_${keyFor(trace, resolve, `a${m[2]}`)}`;
	else key = plain(base);
	const withSample = key + at;
	if (resolve(withSample) === id) return withSample;
	return resolve(key) === id ? key : id;
}

interface Entry {
	id: string;
	key: string;
	loose: string[];
	visual: string[];
}

export class KeySuggester {
	#entries: Entry[] | null = null;

	constructor(
		private readonly trace: Trace,
		private readonly resolve: Resolve
	) {}

	/** Every key of the network in the forms it is compared in: written on the first search (examples need none). */
	private get entries(): Entry[] {
		if (this.#entries === null) {
			this.#entries = [...Object.keys(this.trace.leaves), ...this.trace.steps.map((s) => s.id)].map((id) => {
				const key = keyFor(this.trace, this.resolve, id);
				const forms = [key, id];
				return { id, key, loose: forms.map(looseKey), visual: forms.map(visualKey) };
			});
		}
		return this.#entries;
	}

	/** The nearest keys of this network to `key`, best first (at most 3). */
	suggest(key: string): KeySuggestion[] {
		const loose = looseKey(key.replace(/[_\s]?(new|updated)$/i, "'"));
		const visual = visualKey(key.replace(/[_\s]?(new|updated)$/i, "'"));
		const update = marksUpdate(key);
		const prefer = (list: Entry[]) =>
			[...list].sort((a, b) => Number(b.id.endsWith("'") === update) - Number(a.id.endsWith("'") === update));
		for (const tier of [(e: Entry) => e.loose.includes(loose), (e: Entry) => e.visual.includes(visual)]) {
			const found = prefer(this.entries.filter(tier));
			if (found.length > 0) return found.slice(0, 1).map((e) => this.suggestion(e));
		}
		// A different first letter is a different kind of quantity (w_3 is no H_3): it counts double.
		const allowed = loose.length <= 3 ? 1 : 2;
		// The distance is at least the difference in length: most entries are skipped without it,
		// which keeps a file of 100,000 unknown keys to seconds (one distance each was minutes).
		const distance = (l: string) => (Math.abs(l.length - loose.length) > allowed ? Infinity : editDistance(loose, l) + (l[0] === loose[0] ? 0 : 1));
		const scored = this.entries
			.map((e) => ({ e, d: Math.min(...e.loose.map(distance)) }))
			.filter((x) => x.d <= allowed)
			.sort((a, b) => a.d - b.d);
		if (scored.length === 0) return [];
		const best = scored.filter((x) => x.d === scored[0].d);
		return prefer(best.map((x) => x.e))
			.slice(0, 3)
			.map((e) => this.suggestion(e));
	}

	private suggestion(e: { id: string; key: string }): KeySuggestion {
		return { key: e.key, id: e.id, why: 'spelling' };
	}

	/** A few keys of this network, one of each kind: `H_1, a[1][1], dE/dw_5, δ_O1, w_5'`. */
	examples(): string[] {
		return (this.exampleKeys ??= this.findExamples());
	}

	private exampleKeys: string[] | null = null;

	private findExamples(): string[] {
		const net = this.trace.network;
		const L = net.layers.length;
		const k = net.samples.length > 1 ? 1 : null;
		const neuron = ids.a(L > 1 ? 1 : L, 1, k);
		const output = ids.a(L, 1, k);
		const weight = ids.w(L, 1, 1);
		const delta = ids.delta(L, 1, k);
		const candidates = [neuron, ids.d(weight), this.has(delta) ? delta : ids.d(output), ids.updated(weight)];
		const out: string[] = [];
		for (const id of candidates) {
			if (!this.has(id)) continue;
			out.push(keyFor(this.trace, this.resolve, id));
			if (id === neuron) out.push(neuron);
		}
		return out;
	}

	private has(id: string): boolean {
		return id in this.trace.leaves || this.trace.steps.some((s) => s.id === id);
	}

	/** Why a key about a bias names nothing: the network has none, or does not train them. */
	biasHint(key: string): Notes | null {
		const n = normaliseKey(key).replace(/@\d+$/, '');
		const m = /^(dE\/d)?(?:b|bias)(?:_?\d+|\[\d+\](?:\[\d+\])?)?(')?$/i.exec(n);
		if (!m) return null;
		const layers = this.trace.network.layers;
		if (layers.every((l) => l.biases == null)) {
			return { en: 'this network has no biases', 'zh-TW': '此網路沒有偏差值（bias）' };
		}
		if ((m[1] || m[2]) && layers.every((l) => l.biases == null || !l.trainableBiases)) {
			return {
				en: 'the biases of this network are not trained (trainableBiases: false): they have no gradient and no update',
				'zh-TW': '此網路的偏差值不參與訓練（trainableBiases: false）：沒有梯度，也不更新'
			};
		}
		return null;
	}
}
