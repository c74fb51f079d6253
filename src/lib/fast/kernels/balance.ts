// When a second thread pays off, and how to share a product with it. Two things are learned as
// the products come:
//  - each shape's share for the helper, so that both threads finish together (a helper on a busier
//    core, or slow to wake, gets less);
//  - whether two threads beat one at all right now: the multiply-adds per millisecond of the large
//    products are measured in windows, on one thread (first, and now and then) and on two. When the
//    other core is busy, a helper waiting for it makes every product wait, so two threads lose:
//    then one thread computes alone for a while (the helper sleeps), and two are tried again later,
//    after a back-off that doubles while they keep losing. A helper that makes this thread wait long
//    for its part (descheduled: the other core is taken) ends a window on two threads at once.
// Trying two threads again costs what they lose while tried, so a try is a probe: a window judged
// after a few products (about one training step) rather than a full one, from when the helper is
// awake. Beside a busy process, two threads then train at 0.96–1.00× one (0.96–0.98× with a full
// window a try). Where the runtime tells how much of the machine sat idle (Node: idle-cores.ts), a
// try is put off while no core was free since two threads lost: no try is spent beside a busy
// process, and two threads return within HOLD_MS of a core freeing up.

/** A measuring window: at least this many large products and milliseconds (a few training steps). */
export const WINDOW_MS = 25;
export const WINDOW_PRODUCTS = 32;
/** Two threads are kept only if at least this much faster than one. */
const MARGIN = 1.1;
/**
 * A wait for the helper past its part this long, and longer than this thread's own part, is a lag:
 * as long as a time slice another process takes from the helper's core. A helper slow to wake on an
 * idle machine makes waits of 1–4 ms now and then; at 1 ms each of them sent the kernels to one
 * thread, and two threads ran at 0.98× one at batch 64 (1.66× with 5 ms).
 */
export const LAG_MS = 5;
/** How many products and ms it takes to judge a probe (a try of two threads after one). */
export const PROBE_PRODUCTS = 8;
export const PROBE_MS = 4;
/**
 * A probe starts once the helper has computed this many parts in a row: one that slept through the
 * spell on one thread takes 0.1–4 ms to wake (Node, this machine), and the products meanwhile
 * measure its waking, not two threads (the parts it has not started this thread takes back, at no
 * cost). Not awake after PROBE_WAKE_PRODUCTS products, the helper is lagging.
 */
export const PROBE_AWAKE = 4;
export const PROBE_WAKE_PRODUCTS = 32;
/** How long one thread's figure stays trusted while two threads win (then one window re-measures it). */
const ONE_TRUSTED_MS = 3000;
/**
 * Two threads that lose are judged against a figure of one thread at most this old. A spell that
 * slows the whole machine (on a virtual one, the host's doing) slows one thread too: judged against
 * one thread's figure from before it, two threads fell back on an idle machine 0–3 times a round of
 * the bench, each costing a back-off on one thread. Against an older figure, one window re-measures
 * one thread and a probe of two follows.
 */
const ONE_FRESH_MS = 500;
/** Idle cores (since two threads lost) below this: no core is free, and a try of two is put off for HOLD_MS. */
const FREE_CORE = 0.5;
/** The first and the longest spell on one thread after two lost. */
export const HOLD_MS = 250;
const MAX_HOLD_MS = 4000;
/**
 * The balancer's clock is wall time, except that a gap between two products counts at most this
 * long: while a run is paused, or another trainer has the thread, nothing is learned of the other
 * core, and a back-off that ran out meanwhile made a probe the first thing after every such gap.
 */
const GAP_MS = 50;
/** How fast a shape's share follows its last measurement, and its bounds. */
const RATE = 0.3;
const MIN_SHARE = 0.05;
const MAX_SHARE = 0.95;

export type Mode = 'two' | 'one';

const emptyWindow = () => ({ macs: 0, ms: 0, products: 0 });

export interface BalanceStats {
	mode: Mode;
	/** Multiply-adds per millisecond last measured on two threads and on one (NaN before). */
	twoRate: number;
	oneRate: number;
	/** Times the kernels went to one thread because two lost, and how many of those for a lagging helper. */
	fallbacks: number;
	lags: number;
	/** Parts handed off that this thread took back, the helper not having started them. */
	taken: number;
	/** Tries of two threads put off because no core was free (the runtime told). */
	putOff: number;
}

export class Balancer {
	private readonly shares = new Map<string, number>();
	/** One thread is measured first, so that two threads are judged from their first (short) window. */
	private mode: Mode = 'one';
	/** Whether the current stretch on two threads is a try after one thread (judged early, see PROBE_*). */
	private probing = false;
	/** While the probe's helper wakes: the parts it has computed in a row, and the products so far. */
	private awake = 0;
	private waking = 0;
	private window = emptyWindow();
	private rates: Record<Mode, number> = { two: NaN, one: NaN };
	private measuredAt: Record<Mode, number> = { two: -Infinity, one: -Infinity };
	private hold = HOLD_MS;
	private until = 0;
	private fallbacks = 0;
	private lags = 0;
	private taken = 0;
	private putOff = 0;
	/** The clock (see GAP_MS), and the wall time of the last product's end. */
	private time = 0;
	private last = NaN;

	/**
	 * `adapt` false: always two threads (the shares still follow the speeds). `idleCores`: the idle
	 * cores since its previous call, NaN when unknown (then a try is never put off).
	 */
	constructor(
		private readonly now: () => number = () => performance.now(),
		private readonly adapt = true,
		private readonly idleCores: () => number = () => NaN
	) {}

	/** Whether the next large product should be shared with the helper. */
	useHelper(): boolean {
		return this.mode === 'two' || !this.adapt;
	}

	/** The helper's share of a product of this shape (a half until measured). */
	share(shape: string): number {
		return this.shares.get(shape) ?? 0.5;
	}

	/** After a shared product: each thread's work (multiply-adds) and time (ms) on it. */
	learn(shape: string, mineWork: number, mineMs: number, theirWork: number, theirMs: number): void {
		if (!(mineMs > 0 && theirMs > 0 && mineWork > 0 && theirWork > 0)) return;
		const mine = mineWork / mineMs;
		const theirs = theirWork / theirMs;
		const target = theirs / (mine + theirs);
		const old = this.share(shape);
		this.shares.set(shape, Math.min(MAX_SHARE, Math.max(MIN_SHARE, old + RATE * (target - old))));
	}

	/**
	 * A large product of `macs` multiply-adds took `ms` in the current mode; on two threads, this
	 * thread's own part took `mineMs` of it (the rest it waited for the helper), or this thread
	 * computed the helper's part too (`taken`: the helper had not started it).
	 */
	observe(macs: number, ms: number, mineMs = ms, taken = false): void {
		if (taken) this.taken++;
		if (!this.adapt) return;
		const t = this.tick(ms);
		const waited = ms - mineMs;
		if (this.mode === 'two' && waited > LAG_MS && waited > mineMs) {
			this.lags++;
			this.fallBack(t);
			return;
		}
		if (this.probing && this.awake < PROBE_AWAKE) {
			this.awake = taken ? 0 : this.awake + 1;
			if (this.awake < PROBE_AWAKE && ++this.waking >= PROBE_WAKE_PRODUCTS) {
				this.lags++;
				this.fallBack(t);
			}
			return;
		}
		this.window.macs += macs;
		this.window.ms += ms;
		this.window.products++;
		if (this.probing && !Number.isNaN(this.rates.two) && this.window.ms >= PROBE_MS && this.window.products >= PROBE_PRODUCTS) {
			// The probe's verdict: losing, back to one thread at once; winning, a full window confirms.
			// (The first try gets a full window: its first products, at shares not yet learned, are slow.)
			this.probing = false;
			if (this.window.macs / this.window.ms < this.rates.one * MARGIN) {
				this.rates.two = this.window.macs / this.window.ms;
				this.measuredAt.two = t;
				this.fallBack(t);
				return;
			}
		}
		if (this.window.ms < WINDOW_MS || this.window.products < WINDOW_PRODUCTS) return;
		this.probing = false;
		this.rates[this.mode] = this.window.macs / this.window.ms;
		this.measuredAt[this.mode] = t;
		this.window = emptyWindow();
		this.decide(t);
	}

	/** A part of a job that is not a product (a gather) was taken back: counted, not measured. */
	tookBack(): void {
		this.taken++;
	}

	stats(): BalanceStats {
		return { mode: this.mode, twoRate: this.rates.two, oneRate: this.rates.one, fallbacks: this.fallbacks, lags: this.lags, taken: this.taken, putOff: this.putOff };
	}

	/** The clock after a product of `ms` that has just ended: its own time counts whole, the gap before it at most GAP_MS. */
	private tick(ms: number): number {
		const now = this.now();
		const gap = Number.isNaN(this.last) ? 0 : now - this.last - ms;
		this.last = now;
		this.time += Math.min(GAP_MS, Math.max(0, gap)) + Math.max(0, ms);
		return this.time;
	}

	private decide(t: number): void {
		if (this.mode === 'one') {
			if (t < this.until) return;
			// Idle cores since one thread took over: unknown (NaN) after a single window, which then tries two.
			if (this.idleCores() < FREE_CORE) {
				this.putOff++;
				this.until = t + HOLD_MS;
				return;
			}
			this.mode = 'two';
			this.probing = true;
			this.awake = 0;
			this.waking = 0;
			return;
		}
		if (!(t - this.measuredAt.one <= ONE_TRUSTED_MS)) {
			this.toOne(t); // one thread's figure is missing or old: one window on one thread, then two again
		} else if (this.rates.two < this.rates.one * MARGIN) {
			if (t - this.measuredAt.one <= ONE_FRESH_MS) this.fallBack(t);
			else this.toOne(t); // for one window, then a probe of two
		} else this.hold = HOLD_MS;
	}

	/** One thread from now until `until`; the idle time that counts when it ends is from here. */
	private toOne(until: number): void {
		this.idleCores();
		this.mode = 'one';
		this.until = until;
	}

	private fallBack(t: number): void {
		this.toOne(t + this.hold);
		this.probing = false;
		this.hold = Math.min(MAX_HOLD_MS, this.hold * 2);
		this.fallbacks++;
		this.window = emptyWindow();
	}
}
