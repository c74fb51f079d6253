// A training worker's handler for the fuzz tests: its replies kept, and a request's answer with an
// error reply thrown as ErrorReply (the worker's own message, which the harness then judges).

import { createTrainingHandler } from '../../src/lib/worker/handler';
import type { Reply, Request } from '../../src/lib/worker/protocol';

export class ErrorReply extends Error {}

export function recordingHandler() {
	const out: Reply[] = [];
	const h = createTrainingHandler({ post: (reply) => out.push(reply), schedule: () => undefined });
	/** Handles the request (garbage too) and returns the last reply, throwing ErrorReply if it is an error. */
	const answer = (request: unknown): Reply => {
		h.handle(request as Request);
		const reply = out.at(-1)!;
		if (reply.type === 'error') throw new ErrorReply(reply.message);
		return reply;
	};
	return { h, out, answer };
}
