// The course's style of working (the network file's `"style": "course"`): the lines the course
// writes, in its order and notation. The loss and the update are written as in the textbook style.

import type { TraceContext } from '../context';
import { ids } from '../ids';
import { roundTo } from '../../format/round';
import { courseBackward } from './backward';
import { courseForward } from './forward';
import { CourseLabels } from './labels';

export function useCourseLabels(ctx: TraceContext): void {
	ctx.labels = new CourseLabels(ctx.net);
}

export { courseBackward, courseForward };

/** The net inputs the course lines computed inside the activations (not lines of their own). */
export function netInputValues(ctx: TraceContext): Record<string, number> {
	const out: Record<string, number> = {};
	for (const k of ctx.samples)
		for (let l = 1; l <= ctx.L; l++)
			for (let j = 1; j <= ctx.size(l); j++) out[ids.z(l, j, k)] = roundTo(ctx.v.z[l][ctx.v.at(l, j, k)], ctx.net.rounding);
	return out;
}
