// custom: an activation given as an expression in x, e.g. "x / (1 + abs(x))" (docs/network-file.md).
// The expression is parsed with mathjs, checked against a whitelist (only x, e, pi, numbers,
// + − · / ^ and the functions below), differentiated symbolically with mathjs's `derivative`, and
// compiled. max/min are differentiated through max(a, b) = (a + b + |a − b|)/2 and
// min(a, b) = (a + b − |a − b|)/2, since mathjs has no rule for them.
//
// Only the mathjs functions this file needs are bundled (mathjs's `create` with explicit factories).

import {
	absDependencies,
	addDependencies,
	compileDependencies,
	cosDependencies,
	coshDependencies,
	create,
	derivativeDependencies,
	divideDependencies,
	eDependencies,
	expDependencies,
	logDependencies,
	maxDependencies,
	minDependencies,
	multiplyDependencies,
	parseDependencies,
	piDependencies,
	powDependencies,
	secDependencies,
	sechDependencies,
	sinDependencies,
	sinhDependencies,
	sqrtDependencies,
	subtractDependencies,
	tanDependencies,
	tanhDependencies,
	unaryMinusDependencies,
	unaryPlusDependencies,
	type EvalFunction,
	type MathNode
} from 'mathjs/number';
import type { ActivationOp } from '../types';
import { factor, operand } from '../tex';
import { InputError } from '../../spec/errors';
import { checkSize, differentiate } from './custom-size';

// `predictable`: sqrt(−1) and log(−1) give NaN instead of complex numbers.
const math = create(
	{
		parseDependencies,
		compileDependencies,
		derivativeDependencies,
		addDependencies,
		subtractDependencies,
		multiplyDependencies,
		divideDependencies,
		powDependencies,
		unaryMinusDependencies,
		unaryPlusDependencies,
		expDependencies,
		logDependencies,
		sqrtDependencies,
		absDependencies,
		sinDependencies,
		cosDependencies,
		tanDependencies,
		secDependencies,
		sinhDependencies,
		coshDependencies,
		tanhDependencies,
		sechDependencies,
		maxDependencies,
		minDependencies,
		eDependencies,
		piDependencies
	},
	{ predictable: true }
);

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
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);
const MAX_LENGTH = 300;

/** f(x) or f′(x) is not a finite number at this x (e.g. sqrt(x) at x < 0). */
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

// Bounded, so that an editor compiling at every keystroke cannot grow it without limit.
const cache = new Map<string, CompiledCustom>();
const CACHE_SIZE = 128;

/** Parses, checks, differentiates and compiles; throws an Error whose message says what is wrong. */
export function compileCustom(expression: string): CompiledCustom {
	const hit = cache.get(expression);
	if (hit) return hit;
	const compiled = build(expression);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(expression, compiled);
	return compiled;
}

function build(expression: string): CompiledCustom {
	if (expression.trim() === '') throw new Error('the expression is empty: write a formula in x, e.g. "x / (1 + abs(x))"');
	if (expression.length > MAX_LENGTH) throw new Error(`the expression is longer than ${MAX_LENGTH} characters`);
	let tree: MathNode;
	try {
		tree = math.parse(expression);
	} catch (e) {
		throw new Error(`cannot read the expression: ${(e as Error).message}`);
	}
	check(tree);
	checkSize(tree);
	let dtree: MathNode;
	try {
		dtree = differentiate(expandMaxMin(tree), (node, simplify) => math.derivative(node, 'x', { simplify }));
	} catch (e) {
		throw new Error(`cannot differentiate the expression: ${(e as Error).message}`);
	}
	const fc = tree.compile();
	const dc = dtree.compile();
	const evalAt = (c: EvalFunction, x: number): number => {
		const v: unknown = c.evaluate({ x });
		return typeof v === 'number' ? v : NaN;
	};
	const f = (x: number): number => {
		const v = evalAt(fc, x);
		if (!Number.isFinite(v)) throw new CustomDomainError(expression, x, 'f');
		return v;
	};
	const symbolicDf = (x: number): number => evalAt(dc, x);
	const df = (x: number): number => {
		// f′ exists only where f does (mathjs's 1/x for log is finite at x = −1)
		if (!Number.isFinite(evalAt(fc, x))) throw new CustomDomainError(expression, x, 'f');
		const v = symbolicDf(x);
		if (Number.isFinite(v)) return v;
		// a kink such as |x| at 0: the symmetric difference quotient, the mean of the one-sided slopes
		const h = 1e-7 * Math.max(1, Math.abs(x));
		const s = (evalAt(fc, x + h) - evalAt(fc, x - h)) / (2 * h);
		if (!Number.isFinite(s)) throw new CustomDomainError(expression, x, "f'");
		return s;
	};
	return {
		expression,
		f,
		df,
		definition: `f(x) = ${texOf(tree, 'hide')}`,
		derivativeDefinition: `f'(x) = ${texOf(dtree, 'hide')}`,
		apply: (arg) => substitute(tree, arg),
		derivative: (arg, x) => {
			if (Number.isFinite(symbolicDf(x))) return factor(substitute(dtree, arg));
			return factor(String(Number(df(x).toPrecision(6))));
		}
	};
}

/** Refuses every node that is not a number, x, e, pi, an arithmetic operator or a whitelisted call. */
function check(node: MathNode): void {
	node.traverse((n, _path, parent) => {
		switch (n.type) {
			case 'ConstantNode': {
				const v = (n as unknown as { value: unknown }).value;
				if (typeof v !== 'number') throw new Error(`only numbers may appear as constants, not ${JSON.stringify(v)}`);
				return;
			}
			case 'ParenthesisNode':
				return;
			case 'OperatorNode': {
				const op = n as unknown as { fn: string; op: string };
				if (!OPERATORS.has(op.fn)) throw new Error(`the operator "${op.op}" is not allowed; use + - * / ^`);
				return;
			}
			case 'FunctionNode': {
				const fn = n as unknown as { fn: MathNode; args: MathNode[] };
				const name = fn.fn.type === 'SymbolNode' ? (fn.fn as unknown as { name: string }).name : '';
				if (!Object.hasOwn(CUSTOM_FUNCTIONS, name)) {
					const allowed = Object.keys(CUSTOM_FUNCTIONS).join(', ');
					throw new Error(`unknown function "${name || fn.fn.toString()}"; allowed: ${allowed}`);
				}
				const [lo, hi] = CUSTOM_FUNCTIONS[name];
				if (fn.args.length < lo || fn.args.length > hi) {
					const count = lo === hi ? `${lo}` : `${lo} to ${hi}`;
					throw new Error(`${name} takes ${count} argument${hi > 1 ? 's' : ''}, not ${fn.args.length}`);
				}
				return;
			}
			case 'SymbolNode': {
				const name = (n as unknown as { name: string }).name;
				const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === n;
				if (isCallee) return; // checked with its FunctionNode
				if (name === 'x' || CUSTOM_CONSTANTS.includes(name)) return;
				throw new Error(`unknown symbol "${name}": the expression may use only x, e and pi`);
			}
			default:
				throw new Error(`not allowed in an activation: ${describe(n.type)}; write one formula in x`);
		}
	});
}

function describe(type: string): string {
	const names: Record<string, string> = {
		AssignmentNode: 'an assignment',
		FunctionAssignmentNode: 'a function definition',
		AccessorNode: 'property access',
		IndexNode: 'indexing',
		ArrayNode: 'a matrix',
		ObjectNode: 'an object',
		BlockNode: 'several statements',
		ConditionalNode: 'a condition (a ? b : c)',
		RangeNode: 'a range',
		RelationalNode: 'a comparison'
	};
	return names[type] ?? `"${type}"`;
}

/** max/min rewritten for differentiation: max(a, b) = (a + b + |a − b|)/2, min(a, b) = (a + b − |a − b|)/2. */
function expandMaxMin(node: MathNode): MathNode {
	return node.transform((n) => {
		if (n.type !== 'FunctionNode') return n;
		const fn = n as unknown as { fn: { name: string }; args: MathNode[] };
		if (fn.fn.name !== 'max' && fn.fn.name !== 'min') return n;
		const sign = fn.fn.name === 'max' ? '+' : '-';
		const args = fn.args.map(expandMaxMin);
		let acc = args[0];
		for (const b of args.slice(1)) {
			const template = math.parse(`((A) + (B) ${sign} abs((A) - (B))) / 2`);
			const left = acc;
			acc = template.transform((m) => {
				const name = m.type === 'SymbolNode' ? (m as unknown as { name: string }).name : '';
				return name === 'A' ? left : name === 'B' ? b : m;
			});
		}
		return acc;
	});
}

const PLACEHOLDER = 'XARGPLACEHOLDERX';

function texOf(node: MathNode, implicit: 'hide' | 'show'): string {
	return node.toTex({ implicit, parenthesis: 'keep' }).replace(/\s+/g, ' ').trim();
}

/** The TeX of `node` with x replaced by `arg`, grouped so that `x^2` at −0.5 reads `(-0.5)^{2}`. */
function substitute(node: MathNode, arg: string): string {
	const replaced = node.transform((n) =>
		n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'x' ? new math.SymbolNode(PLACEHOLDER) : n
	);
	return texOf(replaced, 'show').split(PLACEHOLDER).join(operand(arg));
}

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
