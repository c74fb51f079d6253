// Loading a network file into the lab: validated, traced, and written back in its canonical form.

import { isInputError } from '$lib/engine/spec/errors';
import { networkToJson } from '$lib/engine/spec/encode';
import { validateNetwork } from '$lib/engine/spec/validate';
import type { Network } from '$lib/engine/spec/types';
import { buildTrace, buildTraceInSlices } from '$lib/engine/trace/build';
import type { Trace } from '$lib/engine/trace/types';
import { runInSlices } from '$lib/engine/slices';
import { indexPositions } from '$lib/view/diagram/scene';
import { looksLikeNetwork, withRounding, type NetworkJson } from './network-json';

export interface Loaded {
	json: NetworkJson;
	network: Network;
	trace: Trace;
}

/** Validates a file with the rounding on or off; throws InputError for the user's mistakes. */
function validated(candidate: unknown, rounding: boolean): Omit<Loaded, 'trace'> {
	if (!looksLikeNetwork(candidate)) validateNetwork(candidate); // throws the precise InputError
	const network = validateNetwork(withRounding(candidate as NetworkJson, rounding));
	// The canonical file (weights written out, defaults left out) is what the user goes on editing.
	const json = networkToJson(network) as unknown as NetworkJson;
	const fileRounding = (candidate as NetworkJson).rounding;
	if (fileRounding && !rounding) json.rounding = fileRounding;
	return { json, network };
}

/** Validates and traces a file with the rounding on or off; throws InputError for the user's mistakes. */
export function load(candidate: unknown, rounding: boolean): Loaded {
	const { json, network } = validated(candidate, rounding);
	return { json, network, trace: buildTrace(network) };
}

/**
 * As load, with the trace built in slices so that the page paints meanwhile (a link to a large
 * network), and the index the diagram finds a late step's values by built the same way.
 */
export async function loadInSlices(candidate: unknown, rounding: boolean): Promise<Loaded> {
	const { json, network } = validated(candidate, rounding);
	const trace = await buildTraceInSlices(network);
	await runInSlices(indexPositions(trace));
	return { json, network, trace };
}

/**
 * Like load, but an edit that grows a course-style network past what the course writes by hand
 * goes on in the textbook's steps (the Working switch shows it) instead of being refused.
 */
export function loadGrowing(candidate: NetworkJson, rounding: boolean, where: string): Loaded {
	try {
		return load(candidate, rounding);
	} catch (e) {
		if (where === 'style' || candidate.style !== 'course' || !isInputError(e) || e.path !== 'style') throw e;
		const { style: _course, ...textbook } = candidate;
		return load(textbook as NetworkJson, rounding);
	}
}
