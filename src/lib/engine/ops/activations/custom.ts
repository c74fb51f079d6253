// custom: an activation given as an expression in x (docs/network-file.md), compiled by
// ./custom-compiler.ts once its compiler is loaded.

import type { ActivationOp } from '../types';
import { compileCustom } from './custom-compiler';

export const custom: ActivationOp = {
	name: 'custom',
	f: (x, act) => compileCustom(expressionOf(act.expression)).f(x),
	df: (x, _a, act) => compileCustom(expressionOf(act.expression)).df(x),
	tex: {
		definition: (act) => compileCustom(expressionOf(act.expression)).definition,
		derivativeDefinition: (act) => compileCustom(expressionOf(act.expression)).derivativeDefinition,
		apply: (arg, act) => compileCustom(expressionOf(act.expression)).apply(arg),
		derivative: (z, _a, act, x) => compileCustom(expressionOf(act.expression)).derivative(z, x)
	}
};

function expressionOf(expression: string | undefined): string {
	if (expression === undefined) throw new Error('custom activation without an expression (the validator should have refused it)');
	return expression;
}
