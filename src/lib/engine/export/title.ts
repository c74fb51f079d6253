// The opening comment of an exported script: what it is and what it prints.

import type { Network } from '../spec/types';
import { pyComment } from './python';

export function scriptTitle(net: Network, tool: 'PyTorch' | 'Keras'): string[] {
	const title = net.titles?.en ?? net.title;
	return [
		pyComment(`Backstep network${title ? `: ${title}` : ''}, exported as a ${tool} script.`),
		pyComment('Prints one "id value" line per quantity, as Backstep\'s trace names them (docs/quantity-ids.md):'),
		pyComment('the forward values z and a, the loss E and dE/d of every trained parameter, in float64,'),
		pyComment('before any gradient clipping or update (no rounding: compare with the lab\'s rounding off).'),
		''
	];
}
