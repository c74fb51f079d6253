// Shared TeX pieces of the squared-error losses.

import { minus } from '../tex';

/** `(y_1 - O_1)^2` (numbers: `(0.23 - 0.48)^2`, `(-0.07 - 0.53)^2`, `(0.23 - (-0.5))^2`). */
export function squaredTerm(a: string, y: string): string {
	return `(${minus(y, a)})^2`;
}

/** `O_1 - y_1`, the derivative of ½(y − a)² with respect to a; `0.53 - (-0.07)`. */
export function residual(a: string, y: string): string {
	return minus(a, y);
}
