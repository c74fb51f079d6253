// What the custom activations' compiler and its users share, without mathjs: the whitelist, the
// domain error and the compiled form (./custom-compiler.ts loads ./custom-mathjs.ts on demand).

import { InputError } from '../../spec/errors';

/** Functions a custom activation may call, with the numbers of arguments they accept. */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
	exp: [1, 1],
	log: [1, 2],
	sqrt: [1, 1],
	abs: [1, 1],
	sin: [1, 1],
	cos: [1, 1],
	tan: [1, 1],
	sinh: [1, 1],
	cosh: [1, 1],
	tanh: [1, 1],
	max: [2, 4],
	min: [2, 4],
	pow: [2, 2]
};
export const CUSTOM_CONSTANTS: readonly string[] = ['e', 'pi'];

/** A custom activation evaluated outside its domain (log(x) at x < 0) or past double precision: the user's to fix. */
export class CustomDomainError extends InputError {
	constructor(readonly expression: string, readonly x: number, which: 'f' | "f'") {
		super('', `custom activation "${expression.length > 80 ? `${expression.slice(0, 79)}…` : expression}": ${which}(x) is not a finite number at the net input x = ${x} (outside the expression's domain, or too large); change the expression or scale the inputs down`);
		this.name = 'CustomDomainError';
	}
}

export interface CompiledCustom {
	expression: string;
	f(x: number): number;
	/** f′(x); where mathjs's f′ is not finite (abs′ at 0) the mean of the one-sided slopes. */
	df(x: number): number;
	/** `f(x) = \frac{x}{1 + |x|}`. */
	definition: string;
	/** `f'(x) = \frac{1}{(|x| + 1)^{2}}`. */
	derivativeDefinition: string;
	/** f with the argument put in for x: a symbol (`z_{H_1}`) or a number (`-0.5`). */
	apply(arg: string): string;
	/** f′ with the argument put in, as one factor; where the symbolic f′ is not finite, the value used. */
	derivative(arg: string, x: number): string;
}
