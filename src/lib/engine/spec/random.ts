// A small seeded generator: xoshiro128** (Blackman & Vigna, 2018), 128 bits of state, period
// 2^128 − 1, seeded by running splitmix32 over a hash of (seed, stream). The same (seed, stream)
// always gives the same sequence on every platform (only 32-bit integer arithmetic is used), and
// different streams give unrelated sequences, so each use of randomness (the weights of layer l,
// the rrelu slopes of layer l, shuffling, …) can have its own stream and not shift when another
// use draws more or fewer numbers.

/** The 32-bit finaliser of MurmurHash3: a bijection on 32-bit integers that mixes every bit. */
function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

export class Rng {
	private s0 = 0;
	private s1 = 0;
	private s2 = 0;
	private s3 = 0;
	/** The second normal of the last Box–Muller pair, not yet returned. */
	private spare: number | null = null;

	/** `seed` and `stream` are integers; each is taken modulo 2^32. */
	constructor(seed: number, stream = 0) {
		// splitmix32 from the key fmix32(seed) ⊕ fmix32(stream + golden ratio).
		let x = (fmix32(seed >>> 0) ^ fmix32((stream + 0x9e3779b9) >>> 0)) >>> 0;
		const next = () => {
			x = (x + 0x9e3779b9) >>> 0;
			return fmix32(x);
		};
		this.setState([next(), next(), next(), next()]);
	}

	/** A generator in exactly this state (four 32-bit words, not all zero). */
	static fromState(state: readonly number[]): Rng {
		const r = new Rng(0);
		r.setState(state);
		return r;
	}

	/**
	 * The state, to save and later continue the sequence with `fromState`. A normal kept from a
	 * Box–Muller pair is not part of it: the restored generator starts a fresh pair.
	 */
	getState(): [number, number, number, number] {
		return [this.s0, this.s1, this.s2, this.s3];
	}

	private setState(state: readonly number[]): void {
		[this.s0, this.s1, this.s2, this.s3] = state.map((w) => w >>> 0);
		// xoshiro's one forbidden state: all zero stays all zero.
		if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
		this.spare = null;
	}

	/** The next output, an integer in [0, 2^32). */
	nextUint32(): number {
		const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
		const t = this.s1 << 9;
		this.s2 ^= this.s0;
		this.s3 ^= this.s1;
		this.s1 ^= this.s2;
		this.s0 ^= this.s3;
		this.s2 ^= t;
		this.s3 = rotl(this.s3, 11);
		this.s0 >>>= 0;
		this.s1 >>>= 0;
		this.s2 >>>= 0;
		this.s3 >>>= 0;
		return result;
	}

	/** Uniform in [0, 1), in steps of 2^-32. */
	uniform(): number {
		return this.nextUint32() / 4294967296;
	}

	/** Uniform in [lo, hi). */
	uniformIn(lo: number, hi: number): number {
		return lo + (hi - lo) * this.uniform();
	}

	/** Uniform integer in [0, n) for 1 ≤ n ≤ 2^32, without bias (rejects the ragged top of the range). */
	int(n: number): number {
		const limit = 4294967296 - (4294967296 % n);
		for (;;) {
			const x = this.nextUint32();
			if (x < limit) return x % n;
		}
	}

	/**
	 * Standard normal N(0, 1) by Box–Muller: with u₁ in (0, 1] and u₂ in [0, 1),
	 * r = √(−2 ln u₁) gives the pair r cos 2πu₂, r sin 2πu₂ of independent normals; the second is
	 * kept for the next call.
	 */
	normal(): number {
		if (this.spare !== null) {
			const z = this.spare;
			this.spare = null;
			return z;
		}
		const u1 = 1 - this.uniform();
		const u2 = this.uniform();
		const r = Math.sqrt(-2 * Math.log(u1));
		this.spare = r * Math.sin(2 * Math.PI * u2);
		return r * Math.cos(2 * Math.PI * u2);
	}

	/** Fisher–Yates: a uniformly random permutation of `items`, in place. */
	shuffle<T>(items: { length: number; [i: number]: T }): void {
		for (let i = items.length - 1; i > 0; i--) {
			const j = this.int(i + 1);
			const t = items[i];
			items[i] = items[j];
			items[j] = t;
		}
	}
}
