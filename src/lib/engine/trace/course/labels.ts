// The course's notation: the loss is "Error", the net input of O_1 is O_1in, ∂Error/∂O_1 is δO_1
// and ∂Error/∂w_5 is δw_5. Neurons and weights keep the file's labels (or the textbook's).

import type { Network } from '../../spec/types';
import { Labels } from '../labels';

export class CourseLabels extends Labels {
	constructor(net: Network) {
		super(net);
	}

	override z(l: number, j: number, k?: number | null): string {
		return `{${this.neuron(l, j)}\\text{in}}${k != null && this.multiSample ? `^{(${k})}` : ''}`;
	}

	override E(k?: number | string | null): string {
		return this.multiSample && k != null ? `\\text{Error}_{${k}}` : '\\text{Error}';
	}

	/** The course's name for ∂Error/∂x: δx (δO_1, δw_5). */
	course(of: string): string {
		return `\\delta{${of}}`;
	}
}
