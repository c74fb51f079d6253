// "Did you mean …?" for a mistyped command, option or choice, with the same nearest-name rule as the
// network file's errors (../lib/engine/spec/suggest.ts): `slove` → `solve`, `--formt` → `--format`.

import { suggest } from '../lib/engine/spec/suggest';

/** ` — did you mean "x"?`, or the empty string when no known name is close. */
export function didYouMean(given: string, known: readonly string[]): string {
	const near = suggest(given, known);
	return near === null ? '' : ` — did you mean "${near}"?`;
}
