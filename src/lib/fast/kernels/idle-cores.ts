// How much of the machine sat idle lately, from the cores' time counters (Node's os.cpus()): the
// balancer asks before it tries two threads again after they lost, and puts the try off while no
// core is free. A try beside a busy process costs 10–25 ms of training (the helper's core is shared
// with that process, and the scheduler moves threads about), and tries are what made two threads
// train at 0.96–0.98× one beside a busy core.

/** The counters of one core (os.cpus()[i].times), in ms. */
export interface CoreTimes {
	user: number;
	nice: number;
	sys: number;
	idle: number;
	irq: number;
}

/** The counters move in ticks of 10 ms: a shorter interval says too little. */
export const MIN_INTERVAL_MS = 100;

/**
 * A meter of idle cores: each call gives the cores' idle time since the previous call, as a number
 * of whole cores (1: one core was idle throughout), or NaN when that is unknown: on the first call,
 * when the counters did not move or cannot be read (a runtime without them), or within MIN_INTERVAL_MS (the previous
 * call's reading then stays the start of the interval).
 */
export function idleCoresMeter(read: () => CoreTimes[], now: () => number = () => performance.now()): () => number {
	const sums = () => {
		let idle = 0;
		let total = 0;
		let cores: CoreTimes[] = [];
		try {
			cores = read();
		} catch {
			// a runtime that will not tell: no cores, so NaN below
		}
		for (const { user, nice, sys, idle: i, irq } of cores) {
			idle += i;
			total += user + nice + sys + i + irq;
		}
		return { idle, total, cores: cores.length };
	};
	let last = sums();
	let at = now();
	return () => {
		const t = now();
		if (!(t - at >= MIN_INTERVAL_MS)) return NaN;
		const current = sums();
		const idle = current.idle - last.idle;
		const total = current.total - last.total;
		last = current;
		at = t;
		// Counters that went back (a reset) can put idle past total: unknown too.
		return total > 0 && idle >= 0 && idle <= total && current.cores > 0 ? (current.cores * idle) / total : NaN;
	};
}
