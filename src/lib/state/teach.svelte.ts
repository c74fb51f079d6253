// The /teach page's state: the template network (an example, a file or the lab's `#state=` link),
// the class set drawn from it, and the class marked from a dropped CSV. The class's data is read
// from the file in the browser and never leaves it.

import { generateExercises, type ExerciseSet } from '$lib/engine/exercise/generate';
import { exerciseFiles, type SetFile } from '$lib/engine/exercise/files';
import { variantLink } from '$lib/engine/exercise/link';
import { gradeClass, type CreditPolicy, type Gradebook, type GradedVariant } from '$lib/engine/grade/grade';
import { gradebookCsv } from '$lib/engine/grade/format';
import type { Network } from '$lib/engine/spec/types';
import { validateNetwork } from '$lib/engine/spec/validate';
import type { Lang } from '$lib/i18n';
import { meanScore, questionBars, sortStudents, type QuestionBar, type Sort } from '$lib/view/teach/gradebook';
import { variantRows, type VariantRow } from '$lib/view/teach/variants';
import { reasonOf } from './check.svelte';
import { decodeShare, linkFromHash } from './share';

export const DEFAULT_COUNT = 40;

export class TeachState {
	template = $state.raw<Network | null>(null);
	templateName = $state('');
	templateError = $state<string | null>(null);
	count = $state(DEFAULT_COUNT);
	seed = $state(1);
	set = $state.raw<ExerciseSet | null>(null);
	setError = $state<string | null>(null);
	drawing = $state(false);
	credit = $state<CreditPolicy>('full');
	classText = $state.raw<string | null>(null);
	className = $state('');
	sort = $state<Sort>({ column: 'student', descending: false });

	readonly variants = $derived<VariantRow[]>(this.set ? variantRows(this.set) : []);
	readonly graded = $derived<ReadonlyMap<string, GradedVariant>>(new Map((this.set?.variants ?? []).map((v) => [v.name, { exact: v.exact, hand: v.hand }])));
	/** The class marked, or why the file cannot be read at all. */
	readonly marked = $derived.by<{ book: Gradebook | null; error: string | null }>(() => {
		if (this.classText === null || !this.set) return { book: null, error: null };
		try {
			return { book: gradeClass(this.classText, this.graded, this.credit), error: null };
		} catch (e) {
			return { book: null, error: reasonOf(e) };
		}
	});
	readonly book = $derived(this.marked.book);
	readonly classError = $derived(this.marked.error);
	readonly rows = $derived(this.book ? sortStudents(this.book.students, this.sort) : []);
	readonly bars = $derived<QuestionBar[]>(this.book ? questionBars(this.book) : []);
	readonly mean = $derived(this.book ? meanScore(this.book) : 0);

	/** Opens a network file as the template; a bad one leaves the current template in place. */
	open(candidate: unknown, name: string): boolean {
		try {
			this.template = validateNetwork(candidate);
			this.templateName = name;
			this.templateError = null;
			this.set = null;
			return true;
		} catch (e) {
			this.templateError = `${name}: ${reasonOf(e)}`;
			return false;
		}
	}

	/** The lab's network, carried in `#state=…`; false when the hash holds none. */
	async openHash(hash: string, name: string): Promise<boolean> {
		if (linkFromHash(hash) === null) return false;
		try {
			const share = await decodeShare(linkFromHash(hash) as string);
			return this.open(share.network, name);
		} catch (e) {
			this.templateError = `${name}: ${reasonOf(e)}`;
			return false;
		}
	}

	/** Draws the set; the drawing runs after the page has shown that it is busy. */
	async draw(): Promise<void> {
		if (!this.template) return;
		this.drawing = true;
		await new Promise((r) => setTimeout(r, 20));
		try {
			this.set = generateExercises(this.template, Math.round(this.count), Math.round(this.seed));
			this.setError = null;
		} catch (e) {
			this.set = null;
			this.setError = reasonOf(e);
		} finally {
			this.drawing = false;
		}
	}

	/** The set's files in `lang` with links to `site` (the worksheets, the key, the .zip's contents). */
	files = $state.raw<SetFile[]>([]);
	links = $state.raw<string[]>([]);

	/** Writes the files and links for the set on screen; called again when the language changes. */
	async prepare(site: string, lang: Lang): Promise<void> {
		const set = this.set;
		if (!set) {
			this.files = [];
			this.links = [];
			return;
		}
		const [files, links] = await Promise.all([
			exerciseFiles(set, { site, lang, seed: Math.round(this.seed) }),
			Promise.all(set.variants.map((v) => variantLink(site, v, lang)))
		]);
		if (this.set !== set) return;
		this.files = files;
		this.links = links;
	}

	fileText(name: string): string | null {
		return this.files.find((f) => f.name === name)?.text ?? null;
	}

	readClass(text: string, name: string): void {
		this.classText = text;
		this.className = name;
	}

	gradebookCsv(): string | null {
		return this.book ? gradebookCsv(this.book) : null;
	}
}
