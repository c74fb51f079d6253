// How large a custom activation may be before it is differentiated. Symbolic derivatives grow
// fast: each power of x to x (x^x^x…) multiplies the work, and max/min of n arguments expands into
// nested pairs; without a bound a 29-character tower took over half a minute. These bounds keep
// every accepted expression to about a second at most.

import type { MathNode } from 'mathjs/number';

/** Nodes of the tree with max and min expanded into |a − b| pairs. */
export const MAX_EXPANDED_NODES = 400;
/** Powers whose base and exponent both depend on x (x^x, x^sin(x)): at most this many in all. */
export const MAX_POWERS_OF_X = 4;
/** Occurrences of x. */
export const MAX_XS = 32;

const dependsOnX = (node: MathNode): boolean => node.filter((n) => n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'x').length > 0;

function powersOfX(tree: MathNode): number {
	return tree.filter((node) => {
		const op = node as unknown as { type: string; fn?: string; args?: MathNode[] };
		return op.type === 'OperatorNode' && op.fn === 'pow' && !!op.args && dependsOnX(op.args[0]) && dependsOnX(op.args[1]);
	}).length;
}

/** Nodes one pairwise max(a, b) = (a + b + |a − b|)/2 adds besides two copies of a and of b. */
const PAIR_NODES = 10;

/**
 * The number of nodes the tree has once max and min are written out pairwise, counted without
 * building it (nested max grows exponentially), and no longer counted past the bound.
 */
function expandedSize(node: MathNode): number {
	const fn = node as unknown as { type: string; fn?: { name?: string }; args?: MathNode[] };
	if (fn.type === 'FunctionNode' && (fn.fn?.name === 'max' || fn.fn?.name === 'min') && fn.args) {
		const sizes = fn.args.map(expandedSize);
		let acc = sizes[0];
		for (const b of sizes.slice(1)) acc = Math.min(2 * (acc + b) + PAIR_NODES, MAX_EXPANDED_NODES + 1);
		return acc;
	}
	let n = 1;
	node.forEach((child) => {
		n = Math.min(n + expandedSize(child), MAX_EXPANDED_NODES + 1);
	});
	return n;
}

/** Throws an Error saying what to simplify when the expression is too large to differentiate quickly. */
export function checkSize(tree: MathNode): void {
	const powers = powersOfX(tree);
	if (powers > MAX_POWERS_OF_X) {
		throw new Error(`${powers} powers with x in both the base and the exponent (such as x^x); at most ${MAX_POWERS_OF_X}`);
	}
	const xs = tree.filter((n) => n.type === 'SymbolNode' && (n as unknown as { name: string }).name === 'x').length;
	if (xs > MAX_XS) throw new Error(`x appears ${xs} times; at most ${MAX_XS}`);
	if (expandedSize(tree) > MAX_EXPANDED_NODES) {
		throw new Error(`the expression is too large to differentiate: over ${MAX_EXPANDED_NODES} terms once max and min are written out; nest fewer max or min`);
	}
}

/** Derivatives of at most this many nodes are simplified for reading; larger ones are kept as derived. */
export const MAX_SIMPLIFIED_NODES = 60;

/**
 * f′ as a tree: mathjs's derivative without simplification is linear in the expression, but its
 * simplification grows exponentially with the number of terms (a sum of 14 products took 85 s), so
 * only a small derivative is simplified; a large one is kept as the chain rule writes it (the same
 * function, less tidy).
 */
export function differentiate(node: MathNode, derivative: (node: MathNode, simplify: boolean) => MathNode): MathNode {
	const raw = derivative(node, false);
	return raw.filter(() => true).length <= MAX_SIMPLIFIED_NODES ? derivative(node, true) : raw;
}
