// Keras clips probabilities into [ε, 1 − ε] with ε = 1e-7 (keras.backend.epsilon()) before taking logs.
// The derivative of the clipped loss is 0 where a lies outside that interval (the clip is flat there).

export const EPSILON = 1e-7;

export function clipProb(a: number): number {
	return Math.min(Math.max(a, EPSILON), 1 - EPSILON);
}

/** True where the clip is the identity, so the loss's derivative flows through. */
export function insideClip(a: number): boolean {
	return a >= EPSILON && a <= 1 - EPSILON;
}
