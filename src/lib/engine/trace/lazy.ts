// A step whose value is computed at once (numerically, from the layer arrays) and whose
// description — label, formula, numbers, dependencies, local rule, factors — is written only when
// a view first reads it. The largest network has about 800,000 steps; a view shows a few.

import type { TraceContext } from './context';
import type { Param } from './params';
import type { Factor, Phase, Step } from './types';

/** Everything about a step but its value, written on demand. */
export interface Description {
	formula: () => string;
	/** The right-hand side with numbers; `n(id)` formats the value of a quantity already known. */
	substituted: (n: (id: string) => string) => string;
	dependsOn: string[];
	evaluate: (args: number[]) => number;
	factors?: Factor[];
	note?: Step['note'];
}

/** One kind of step (net input, output, δ, …): where (l, j, sample k, parameter p) says which. */
export interface Kind {
	phase: Phase;
	/** Whether the step belongs to a parameter (its gradient or update) rather than a neuron. */
	param?: boolean;
	id(l: number, j: number, k: number | null, p: Param | null): string;
	label(ctx: TraceContext, l: number, j: number, k: number | null, p: Param | null): string;
	describe(ctx: TraceContext, l: number, j: number, k: number | null, p: Param | null): Description;
}

/**
 * The pushed steps' numbers and positions, column by column: a step object then holds only its
 * table and row, so 800,000 steps cost tens of megabytes, not hundreds.
 */
export class StepTable {
	#value = new Float64Array(1024);
	#unrounded = new Float64Array(1024);
	/** Layer, neuron and 1-based sample (0: the only one); for a parameter's step j is its index in `params`. */
	#l = new Uint16Array(1024);
	#j = new Uint32Array(1024);
	#k = new Uint16Array(1024);
	readonly kinds: Kind[] = [];
	readonly params: Param[] = [];
	#n = 0;

	constructor(readonly ctx: TraceContext) {}

	/** A new step of `kind` at (l, j, sample k) or for parameter p, its value already computed. */
	add(kind: Kind, l: number, j: number, k: number | null, value: number, unrounded: number, p?: Param): LazyStep {
		const n = this.#n++;
		if (n === this.#value.length) this.#grow();
		this.#value[n] = value;
		this.#unrounded[n] = unrounded;
		this.#l[n] = l;
		this.#k[n] = k ?? 0;
		if (p) this.#j[n] = this.params.push(p) - 1;
		else this.#j[n] = j;
		this.kinds.push(kind);
		return new LazyStep(this, n);
	}

	#grow(): void {
		const grow = <T extends Float64Array | Uint16Array | Uint32Array>(a: T): T => {
			const b = new (a.constructor as new (n: number) => T)(a.length * 2);
			b.set(a);
			return b;
		};
		this.#value = grow(this.#value);
		this.#unrounded = grow(this.#unrounded);
		this.#l = grow(this.#l);
		this.#j = grow(this.#j);
		this.#k = grow(this.#k);
	}

	value(n: number): number {
		return this.#value[n];
	}

	unrounded(n: number): number {
		return this.#unrounded[n];
	}

	sample(n: number): number | null {
		return this.#k[n] || null;
	}

	id(n: number): string {
		return this.kinds[n].id(this.#l[n], this.#j[n], this.sample(n), this.#param(n));
	}

	label(n: number): string {
		return this.kinds[n].label(this.ctx, this.#l[n], this.#j[n], this.sample(n), this.#param(n));
	}

	describe(n: number): Description {
		return this.kinds[n].describe(this.ctx, this.#l[n], this.#j[n], this.sample(n), this.#param(n));
	}

	#param(n: number): Param | null {
		return this.kinds[n].param ? this.params[this.#j[n]] : null;
	}
}

interface Written {
	label?: string;
	desc?: Description;
	formula?: string;
	substituted?: string;
}

export class LazyStep implements Step {
	#t: StepTable;
	#n: number;
	#id: string | null = null;
	#written: Written | null = null;

	constructor(t: StepTable, n: number) {
		this.#t = t;
		this.#n = n;
	}

	get id(): string {
		return (this.#id ??= this.#t.id(this.#n));
	}

	/** The id written without being kept: one pass over every step (solve's JSON) would keep 800,000 strings. */
	passingId(): string {
		return this.#id ?? this.#t.id(this.#n);
	}

	get phase(): Phase {
		return this.#t.kinds[this.#n].phase;
	}

	get value(): number {
		return this.#t.value(this.#n);
	}

	get unrounded(): number {
		return this.#t.unrounded(this.#n);
	}

	get sample(): number | null {
		return this.#t.sample(this.#n);
	}

	get #w(): Written {
		return (this.#written ??= {});
	}

	#describe(): Description {
		const w = this.#w;
		return (w.desc ??= this.#t.describe(this.#n));
	}

	get label(): string {
		const w = this.#w;
		return (w.label ??= this.#t.label(this.#n));
	}

	get formula(): string {
		const w = this.#w;
		return (w.formula ??= this.#describe().formula());
	}

	get substituted(): string {
		const w = this.#w;
		const rec = this.#t.ctx.rec;
		return (w.substituted ??= this.#describe().substituted((id) => rec.formatId(id)));
	}

	get dependsOn(): string[] {
		return this.#describe().dependsOn;
	}

	get evaluate(): (args: number[]) => number {
		return this.#describe().evaluate;
	}

	get factors(): Factor[] {
		return (this.#describe().factors ??= []);
	}

	get note(): Step['note'] | undefined {
		return this.#describe().note;
	}
}
