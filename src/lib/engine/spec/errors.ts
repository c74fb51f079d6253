// A user's mistake in their input (docs/limits.md), as opposed to a bug: it carries where it is and what is
// wrong, and is shown as one clear message, never a stack trace.

export class InputError extends Error {
	/** JSON path of the offending value, e.g. `layers[2].activation`; empty for the whole document. */
	readonly path: string;
	/** What is wrong there, e.g. `unknown "sigmod" — did you mean "sigmoid"?`. */
	readonly reason: string;

	constructor(path: string, reason: string) {
		super(path ? `${path}: ${reason}` : reason);
		this.name = 'InputError';
		this.path = path;
		this.reason = reason;
	}
}

export function isInputError(e: unknown): e is InputError {
	return e instanceof InputError;
}
