// The compiler of custom activations, an expression in x, e.g. "x / (1 + abs(x))" (docs/network-file.md),
// loaded on demand by ./custom-compiler.ts (nothing else imports this file, so mathjs stays out of
// every bundle that does not need it).
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
import { factor, operand } from '../tex';
import { CUSTOM_CONSTANTS, CUSTOM_FUNCTIONS, CustomDomainError, type CompiledCustom } from './custom-types';
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

const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);
const MAX_LENGTH = 300;

/** Parses, checks, differentiates and compiles; throws an Error whose message says what is wrong. */
export function buildCustom(expression: string): CompiledCustom {
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
