// One large product on two threads (threads.ts, threads-typed.ts): cut by the balancer's share for
// its shape, handed off, timed, and learned from; or run on this thread alone while the balancer
// finds one thread faster, timed as well so the two can be compared. A part the helper has not
// started by the time this thread is done with its own, this thread computes too (gemm-helper.ts).

import { Balancer, type BalanceStats } from './balance';
import { handOff } from './gemm-helper';
import { splitJob, type GemmJob } from './split';

export interface Sharer {
	/** Runs the product, cut in two and handed off when that pays; true when it was (balance().taken counts the parts this thread took back). */
	run(job: GemmJob, compute: (job: GemmJob) => void): boolean;
	/**
	 * Runs a job that is not a product (a gather): its two parts on the two threads while the balancer
	 * keeps two (nothing learned from it but a part taken back), else whole on this thread. True when it was handed off.
	 */
	runParts(job: GemmJob, parts: [GemmJob, GemmJob] | null, compute: (job: GemmJob) => void): boolean;
	stats(): BalanceStats;
}

export interface SharerOptions {
	name: string;
	/** Products below this many multiply-adds always run on this thread. */
	minMacs: number;
	/** Offset units per number (bytes for WebAssembly memory, numbers for typed arrays). */
	unit: number;
	/** The control block once the helper serves, else null. */
	serving(): Int32Array | null;
	/** False: two threads whatever they measure (tests of the split products). */
	adapt?: boolean;
	/** Idle cores since the previous call, NaN when unknown (the balancer's hint, see Balancer). */
	idleCores?: () => number;
}

const macsOf = (j: GemmJob) => j.m * j.n * j.k;

export function createSharer(options: SharerOptions): Sharer {
	const balancer = new Balancer(undefined, options.adapt ?? true, options.idleCores);
	let seq = 0;
	return {
		run(job, compute) {
			const ctl = options.serving();
			const shape = `${job.flags}:${job.m}:${job.n}:${job.k}`;
			const parts = ctl ? splitJob(job, options.minMacs, options.unit, balancer.share(shape)) : null;
			if (!parts) {
				compute(job);
				return false;
			}
			if (!balancer.useHelper()) {
				const start = performance.now();
				compute(job);
				balancer.observe(macsOf(job), performance.now() - start);
				return false;
			}
			const times = handOff(ctl!, ++seq, parts[1], () => compute(parts[0]), () => compute(parts[1]), options.name);
			if (times.taken) {
				// The helper never started: both parts ran here (no speed of the helper to learn).
				balancer.observe(macsOf(job), times.total, times.total, true);
				return true;
			}
			balancer.learn(shape, macsOf(parts[0]), times.mine, macsOf(parts[1]), times.theirs);
			balancer.observe(macsOf(job), times.total, times.mine);
			return true;
		},
		runParts(job, parts, compute) {
			const ctl = options.serving();
			if (!ctl || !parts || !balancer.useHelper()) {
				compute(job);
				return false;
			}
			if (handOff(ctl, ++seq, parts[1], () => compute(parts[0]), () => compute(parts[1]), options.name).taken) balancer.tookBack();
			return true;
		},
		stats: () => balancer.stats()
	};
}
