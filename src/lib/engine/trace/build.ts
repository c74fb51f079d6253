// buildTrace: one training step of a network as the ordered steps a person computes.

import type { Network } from '../spec/types';
import { backwardPass } from './backward';
import { createContext } from './context';
import { forwardPass } from './forward';
import { ids } from './ids';
import { leafLabels, registerLeaves } from './leaves';
import { lossPhase } from './loss';
import { paramValues } from './params';
import { perceptronUpdate } from './perceptron';
import type { Trace } from './types';
import { updatePhase } from './update';
import { courseBackward, courseForward, netInputValues, useCourseLabels } from './course';
import { checkCourseFeatures, checkCourseLimits } from './course/limits';
import { assertFinite } from './finite';
import { LazyStep } from './lazy';
import { runAtOnce, runInSlices } from '../slices';
import { InputError } from '../spec/errors';

export function buildTrace(net: Network): Trace {
	return runAtOnce(traceInSlices(net));
}

/**
 * buildTrace, handing control back to the page between slices (../slices.ts): the largest trace
 * takes a second to build, which would freeze a tab. Rejects as buildTrace throws.
 */
export function buildTraceInSlices(net: Network, pause?: () => Promise<void>, budgetMs?: number): Promise<Trace> {
	return runInSlices(traceInSlices(net), pause, budgetMs);
}

/** The trace's steps computed phase by phase, yielding between samples and layers of the large phases. */
function* traceInSlices(net: Network): Generator<void, Trace, void> {
	const ctx = createContext(net);
	// The perceptron's rule has no chain to write, so it keeps the one way of working.
	const course = net.style === 'course' && net.optimizer.type !== 'perceptron';
	if (course) {
		checkCourseLimits(net);
		checkCourseFeatures(net);
		useCourseLabels(ctx);
	}
	const bn = net.layers.findIndex((l) => l.batchNorm);
	if (bn >= 0) throw new InputError(`layers[${bn + 1}].batchNorm`, 'batch normalisation is not in the step-by-step trace yet');
	registerLeaves(ctx);
	if (course) courseForward(ctx);
	else yield* forwardPass(ctx);
	lossPhase(ctx);
	yield;
	if (net.optimizer.type === 'perceptron') {
		perceptronUpdate(ctx);
	} else {
		if (course) courseBackward(ctx);
		else yield* backwardPass(ctx);
		yield* updatePhase(ctx);
	}
	const { rec } = ctx;
	assertFinite(rec.steps);
	const pv = paramValues(ctx);
	const trace = {
		network: net,
		steps: rec.steps,
		leaves: rec.leaves,
		loss: rec.value(ids.E()),
		labelToId: labelIndex(net),
		*valueEntries(): Generator<[string, number]> {
			// The course's tables add net inputs that are not steps: few, so the built index is cheap.
			if (course) yield* Object.entries(built.values);
			else for (const s of rec.steps) yield [s instanceof LazyStep ? s.passingId() : s.id, s.value];
		}
	};
	let labelled: Record<string, string> | undefined;
	const leavesLabelled = () => (labelled ??= leafLabels(ctx));
	// The indexes with an entry per step or per parameter are built when first read.
	const built: Trace = lazyFields(trace, {
		values: () => {
			const values: Record<string, number> = course ? netInputValues(ctx) : {};
			for (const s of rec.steps) values[s.id] = s.value;
			return values;
		},
		leafLabels: leavesLabelled,
		idToLabel: () => rec.idToLabel(leavesLabelled()),
		gradients: () => {
			const gradients: Record<string, number> = {};
			if (pv.hasGrad) for (const p of pv.all) gradients[p.id] = pv.grad[p.index];
			return gradients;
		},
		updated: () => {
			const updated: Record<string, number> = {};
			for (const p of pv.all) updated[p.id] = rec.value(ids.updated(p.id));
			return updated;
		}
	});
	return built;
}

/** Adds properties computed on first read (then kept as plain data properties). */
function lazyFields<T extends object, F extends Record<string, unknown>>(
	target: T,
	fields: { [K in keyof F]: () => F[K] }
): T & F {
	for (const key of Object.keys(fields)) {
		const keep = (value: unknown) =>
			Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
		Object.defineProperty(target, key, {
			get: () => {
				const value = fields[key]();
				keep(value);
				return value;
			},
			set: keep,
			enumerable: true,
			configurable: true
		});
	}
	return target as T & F;
}

/** The file's own labels (names, weightNames, biasNames) → the ids they label. */
function labelIndex(net: Network): Record<string, string> {
	const out: Record<string, string> = {};
	const add = (label: string | undefined, id: string) => {
		if (label && !(label in out)) out[label] = id;
	};
	net.input.names?.forEach((n, i) => add(n, ids.a(0, i + 1)));
	net.layers.forEach((layer, index) => {
		const l = index + 1;
		layer.names?.forEach((n, j) => add(n, ids.a(l, j + 1)));
		layer.weightNames?.forEach((row, j) => row.forEach((n, i) => add(n, ids.w(l, j + 1, i + 1))));
		if (typeof layer.biasNames === 'string') add(layer.biasNames, ids.b(l, null));
		else layer.biasNames?.forEach((n, j) => add(n, ids.b(l, j + 1)));
	});
	return out;
}
