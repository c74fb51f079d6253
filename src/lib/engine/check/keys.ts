// Answer keys → quantity ids (docs/quantity-ids.md). A key is an id (`a[1][1]`, `dE/dw[2][1][1]`, `w[2][1][1]'`,
// `delta[2][1]@3`) or a label form built from the file's display labels:
//
//   H_1, x_2, w_5, b_1           the quantity or parameter itself         → a[1][1], a[0][2], w[..], b[..]
//   z_H_1, z_{H_1}               the neuron's net input                   → z[l][j]
//   dE/dX, ∂E/∂X                 gradient of E with respect to X          → dE/d<id of X>
//   \frac{\partial E}{\partial X}  the same, as the trace writes it
//   dE/dz_H_1                    ∂E/∂z, which is the neuron's delta       → delta[l][j]
//   delta_H_1, δ_H_1, δH_1, \delta_{H_1}   the delta, ∂E/∂z as the ids mean it (not ∂E/∂H_1) → delta[l][j]
//   w_5', w_5+, w[2][1][1]+      the parameter after the update           → w[2][1][1]'
//   E, Error, Loss               the loss                                 → E
//   any of these with @k         sample k's own quantity                  → …@k
//
// Spaces and TeX braces are ignored (`H_{1}` = `H_1`), and so are underscores in a label where that
// leaves it unambiguous (`H1`, `dE/dw5`, `δO1`, as the course sheet writes H1_out). A δ in front of a parameter (the course
// sheet's `δw_5` for ∂E/∂w_5) is not accepted, because δ names ∂E/∂z in docs/quantity-ids.md: it is reported as
// unknown with a hint to write `dE/dw_5`. Typographic primes are primes (`w_8’`), and a few common
// spellings are understood with a note (`w_6 new`, `E_total`, `net_h1`: ./key-spellings.ts). A key
// that still names nothing gets the nearest keys of this network and why (./key-suggest.ts).

import type { Network } from '../spec/types';
import type { Trace } from '../trace/types';
import { commonSpelling, normaliseKey } from './key-spellings';
import { KeySuggester, keyFor } from './key-suggest';
import type { KeySuggestion, Notes } from './types';
import { ids } from '../trace/ids';

/** Unknown keys for which the nearest known keys are searched (the rest are only called unknown). */
const MAX_SEARCHED_UNKNOWN = 1000;

export { normaliseKey };

export interface KeyResolution {
	id: string | null;
	/** Set when the key was read in the course's notation (δO_1 = ∂Error/∂O_1, O_1in, H1_out) or a common spelling. */
	reading?: Notes;
	/** Why the key is unknown and what to write instead (English and Traditional Chinese). */
	hint?: Notes;
	/** Unknown keys: the nearest keys of this network, best first. */
	suggestions?: KeySuggestion[];
}

/** Labels of the file (neurons, weights, biases) by the id they stand for, per docs/network-file.md names. */
function fileLabels(net: Network): [string, string][] {
	const out: [string, string][] = [];
	net.input.names?.forEach((n, i) => out.push([n, ids.a(0, i + 1)]));
	net.layers.forEach((layer, li) => {
		const l = li + 1;
		layer.names?.forEach((n, j) => out.push([n, ids.a(l, j + 1)]));
		layer.weightNames?.forEach((row, j) => row.forEach((n, i) => out.push([n, ids.w(l, j + 1, i + 1)])));
		if (typeof layer.biasNames === 'string') out.push([layer.biasNames, ids.b(l, null)]);
		else layer.biasNames?.forEach((n, j) => out.push([n, ids.b(l, j + 1)]));
	});
	return out;
}

interface KeyIndex {
	/** Every id an answer may name: the trace's steps and leaves. */
	known: Set<string>;
	/** Normalised label → id (null where two quantities share a label). */
	labels: Map<string, string | null>;
	/** The same without underscores (`H1` for `H_1`), where that is still unambiguous. */
	loose: Map<string, string | null>;
}

/** One index per trace: /check resolves its rows, its marking and its extra answers against the same trace. */
const indexes = new WeakMap<Trace, KeyIndex>();

function indexOf(trace: Trace): KeyIndex {
	let index = indexes.get(trace);
	if (index) return index;
	index = { known: new Set(), labels: new Map(), loose: new Map() };
	const { known, labels, loose } = index;
	for (const s of trace.steps) known.add(s.id);
	for (const id of Object.keys(trace.leaves)) known.add(id);
	const add = (label: string, id: string) => {
		const n = normaliseKey(label);
		if (n === '') return;
		const prev = labels.get(n);
		labels.set(n, prev === undefined || prev === id ? id : null);
		const l = n.replace(/_/g, '');
		const prevLoose = loose.get(l);
		loose.set(l, prevLoose === undefined || prevLoose === id ? id : null);
	};
	for (const [label, id] of fileLabels(trace.network)) add(label, id);
	for (const [label, id] of Object.entries(trace.labelToId)) add(label, id);
	for (const [id, label] of Object.entries(trace.idToLabel)) if (!labels.has(normaliseKey(label))) add(label, id);
	indexes.set(trace, index);
	return index;
}

export class KeyResolver {
	private readonly known: Set<string>;
	private readonly labels: Map<string, string | null>;
	private readonly loose: Map<string, string | null>;
	private readonly samples: number;
	/** The file's style: with `course`, δX means ∂Error/∂X as the course writes it. */
	private readonly course: boolean;
	private suggester: KeySuggester | null = null;

	constructor(private readonly trace: Trace) {
		this.course = trace.network.style === 'course';
		this.samples = trace.network.samples.length;
		({ known: this.known, labels: this.labels, loose: this.loose } = indexOf(trace));
	}

	has(id: string): boolean {
		return this.known.has(id);
	}

	/** The id a key names, or null, without searching for suggestions (cheap enough for every row of a sheet). */
	idOf(key: string): string | null {
		const direct = this.resolveAsWritten(key).id;
		if (direct !== null) return direct;
		const spelled = commonSpelling(key);
		return spelled ? this.resolveAsWritten(spelled.key).id : null;
	}

	resolve(key: string): KeyResolution {
		const direct = this.resolveAsWritten(key);
		if (direct.id !== null) return direct;
		const spelled = commonSpelling(key);
		if (spelled) {
			const again = this.resolveAsWritten(spelled.key);
			if (again.id !== null) return { id: again.id, reading: spelled.notes };
		}
		return this.unknown(spelled?.key ?? key, spelled ? this.resolveAsWritten(spelled.key).hint : direct.hint, key);
	}

	private unknownKeys = 0;

	/** The nearest keys of this network to an unknown key, best first. */
	suggest(key: string): KeySuggestion[] {
		this.suggester ??= new KeySuggester(this.trace, (k) => this.resolveAsWritten(k).id);
		return this.suggester.suggest(key);
	}

	/** The key a person would write for a quantity: its plain label (H_1, dE/dw_5, w_5'), else its id. */
	keyFor(id: string): string {
		return keyFor(this.trace, (k) => this.resolveAsWritten(k).id, id);
	}

	/** A few keys of this network, one of each kind, for examples in messages. */
	examples(): string[] {
		this.suggester ??= new KeySuggester(this.trace, (k) => this.resolveAsWritten(k).id);
		return this.suggester.examples();
	}

	/** `key` as read (a common spelling rewritten), `written` as the person wrote it. */
	private unknown(key: string, specific: Notes | undefined, written: string): KeyResolution {
		this.suggester ??= new KeySuggester(this.trace, (k) => this.resolveAsWritten(k).id);
		const bias = this.suggester.biasHint(key);
		if (bias) return { id: null, hint: bias };
		// Past a thousand unknown keys nobody reads the suggestions, and each costs a search.
		const searched = ++this.unknownKeys <= MAX_SEARCHED_UNKNOWN;
		const read = searched ? this.suggester.suggest(key) : [];
		const suggestions = read.length > 0 || key === written || !searched ? read : this.suggester.suggest(written);
		if (specific) return { id: null, hint: specific, suggestions };
		const e = this.suggester.examples().join(', ');
		const near = suggestions.map((x) => x.key);
		const hint: Notes =
			near.length > 0
				? { en: `did you mean ${near.join(' or ')}?`, 'zh-TW': `你是不是要寫 ${near.join(' 或 ')}？` }
				: { en: `not an id or a label of this network (e.g. ${e})`, 'zh-TW': `不是此網路的代號或標籤（例如 ${e.replace(/, /g, '、')}）` };
		return { id: null, hint, suggestions };
	}

	private resolveAsWritten(key: string): KeyResolution {
		const n = normaliseKey(key);
		// In the course style δ reads as the course means it before the ids' δ = ∂E/∂z is tried.
		if (this.course && /^(?:\\delta|delta|δ)/.test(n)) {
			const m = /^(.*)@(\d+)$/.exec(n);
			const course = this.courseForm(m ? m[1] : n, m ? Number(m[2]) : null);
			if (course && this.known.has(course)) return { id: course, reading: readingOf(key, course) };
		}
		if (this.known.has(n)) return { id: n };
		const direct = this.labels.get(n);
		if (direct && this.known.has(direct)) return { id: direct };
		const m = /^(.*)@(\d+)$/.exec(n);
		const base = m ? m[1] : n;
		const sample = m ? Number(m[2]) : null;
		const id = this.form(base, sample);
		if (id && this.known.has(id)) return { id };
		const course = this.courseForm(base, sample);
		if (course && this.known.has(course)) return { id: course, reading: readingOf(key, course) };
		return { id: null, hint: this.hint(base, sample, id) };
	}

	/**
	 * The course's notation: O_1in / O1_in is the net input, H1_out the output, and in the course
	 * style δX is ∂Error/∂X (δO_1 = ∂Error/∂O_1, δw_5 = ∂Error/∂w_5).
	 */
	private courseForm(base: string, sample: number | null): string | null {
		let m: RegExpExecArray | null;
		if ((m = /^(.+?)_?in(?:put)?$/.exec(base))) return this.neuronZ(m[1].replace(/_$/, ''), sample);
		if ((m = /^(.+?)_?out(?:put)?$/.exec(base))) {
			const a = this.quantity(m[1], sample);
			return a && /^a\[/.test(a) ? a : null;
		}
		if (this.course && (m = /^(?:\\delta|delta|δ)_?(.+)$/.exec(base))) {
			const q = this.quantity(m[1], sample) ?? this.quantity(m[1], null);
			return q && /^(a|w|b|alpha)\[/.test(q) ? `dE/d${q}` : null;
		}
		return null;
	}

	/** A quantity named by an id or a label, with sample k's suffix where it has one. */
	private quantity(s: string, sample: number | null): string | null {
		const at = sample === null ? '' : `@${sample}`;
		const bare = /^(.*)@(\d+)$/.exec(s);
		if (bare) return sample === null ? this.quantity(bare[1], Number(bare[2])) : null;
		if (this.known.has(s + at)) return s + at;
		const fromLabel = this.labels.get(s) ?? (this.labels.has(s) ? null : this.loose.get(s.replace(/_/g, '')));
		if (fromLabel) return fromLabel.includes('@') ? (sample === null ? fromLabel : null) : fromLabel + at;
		if (['E', 'Error', 'Loss'].includes(s)) return `E${at}`;
		if (sample === null && this.known.has(s)) return s;
		return null;
	}

	private form(base: string, sample: number | null): string | null {
		let m: RegExpExecArray | null;
		if ((m = /^(.+)'$/.exec(base))) {
			const p = this.quantity(m[1], null);
			return p === null || sample !== null ? null : `${p}'`;
		}
		if ((m = /^dE\/d(.+)$/.exec(base))) {
			const zLabel = /^z_(.+)$/.exec(m[1]);
			const q = this.quantity(m[1], sample) ?? (zLabel ? this.neuronZ(zLabel[1], sample) : null);
			if (q === null) return null;
			const z = /^z(\[\d+\]\[\d+\](?:@\d+)?)$/.exec(q);
			if (z && !this.known.has(`dE/d${q}`)) return `delta${z[1]}`;
			return `dE/d${q}`;
		}
		if ((m = /^(?:\\delta|delta|δ)_?(.+)$/.exec(base))) {
			const a = this.quantity(m[1], sample);
			const neuron = a === null ? null : /^a(\[\d+\]\[\d+\](?:@\d+)?)$/.exec(a);
			return neuron ? `delta${neuron[1]}` : null;
		}
		if ((m = /^z_(.+)$/.exec(base))) return this.neuronZ(m[1], sample);
		return this.quantity(base, sample);
	}

	private neuronZ(label: string, sample: number | null): string | null {
		const a = this.quantity(label, sample);
		const neuron = a === null ? null : /^a(\[\d+\]\[\d+\](?:@\d+)?)$/.exec(a);
		return neuron ? `z${neuron[1]}` : null;
	}

	private hint(base: string, sample: number | null, tried: string | null): KeyResolution['hint'] {
		const z = this.courseForm(base, sample) ?? (tried && /^z\[/.test(tried) ? tried : null);
		if (this.course && z && /^z\[/.test(z)) {
			return {
				en: `the course writes the net input ${base} inside its neuron's line, not as a line of its own: answer the neuron's output`,
				'zh-TW': `課程把淨輸入 ${base} 寫在神經元那一行的激勵函數裡，不單獨成一行：請填神經元的輸出`
			};
		}
		const d = /^(?:\\delta|delta|δ)_?(.+)$/.exec(base);
		if (d) {
			const p = this.quantity(d[1], null);
			if (p && /^(w|b|alpha)\[/.test(p)) {
				return {
					en: `δ names ∂E/∂z of a neuron; for the gradient of ${d[1]} write dE/d${d[1]}`,
					'zh-TW': `δ 表示神經元的 ∂E/∂z；${d[1]} 的梯度請寫成 dE/d${d[1]}`
				};
			}
		}
		if (tried && sample === null && this.samples > 1 && this.known.has(`${tried}@1`)) {
			return {
				en: `the network has ${this.samples} samples: write ${base}@1 … ${base}@${this.samples}`,
				'zh-TW': `此網路有 ${this.samples} 筆樣本：請寫 ${base}@1 … ${base}@${this.samples}`
			};
		}
		const bare = sample === null ? null : this.form(base, null);
		if (sample !== null && ((bare && this.known.has(bare)) || (bare && this.known.has(`${bare}@1`)))) {
			return {
				en: `there is no sample ${sample} of ${base} (samples are numbered 1 to ${this.samples}; parameters and gradients have none)`,
				'zh-TW': `${base} 沒有第 ${sample} 筆樣本（樣本編號為 1 到 ${this.samples}；參數與梯度不分樣本）`
			};
		}
		return undefined;
	}
}

/** The note for an answer read in the course's notation. */
function readingOf(key: string, id: string): Notes {
	return {
		en: `read in the course's notation: ${key} = ${id}`,
		'zh-TW': `依課程的記號解讀：${key} = ${id}`
	};
}
