// A training run's network sent as its file rather than its weights: for the course's
// 784-300-200-100-10 model, drawing 316,810 weights and copying them into a message takes the
// page's main thread ~80 ms; sent as a file with `init` and `seed`, the worker draws the same
// weights (validateNetwork with engine 'fast') before starting. The request is otherwise the
// worker protocol's own `start`.

import type { Network } from '../engine/spec/types';
import { validateNetwork } from '../engine/spec/validate';

const MARK = 'backstep.compactNetwork';

/** A stand-in for a Network in a start request: the file, validated on arrival (see expandStart). */
export function compactNetwork(file: unknown): Network {
	return { [MARK]: file } as unknown as Network;
}

function isCompact(x: unknown): x is Record<typeof MARK, unknown> {
	return typeof x === 'object' && x !== null && Object.hasOwn(x, MARK);
}

/**
 * A received message with a compact network replaced by the validated Network (the same object
 * otherwise); every other message unchanged. Throws the InputError of an invalid file.
 */
export function expandStart(message: unknown): unknown {
	if (typeof message !== 'object' || message === null) return message;
	const m = message as { type?: unknown; network?: unknown };
	if (m.type !== 'start' || !isCompact(m.network)) return message;
	return { ...m, network: validateNetwork(m.network[MARK], { engine: 'fast' }) };
}
