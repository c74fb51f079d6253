// The summary Keras prints for a model graph (./model-graph.ts): one row per layer with its output
// shape, its parameter count written out as a sum, and, for a functional model, the layers it is
// connected to (`title[0][0]`, as Keras 3 writes them). A functional model lists its inputs as
// InputLayer rows; a Sequential model given its input by build() does not.

import type { ModelGraph } from './model-graph';

export interface GraphSummaryRow {
	name: string;
	type: 'InputLayer' | 'Concatenate' | 'Dense';
	units: number;
	params: number;
	/** The count's sum written out, e.g. `(20100 + 1) * 64 = 1286464`; '0' for inputs and Concatenate. */
	formula: string;
	activation: string | null;
	/** Concatenate's widths joined end to end (their sum is `units`); empty for other layers. */
	joins: number[];
	/** Keras 3's "Connected to": `name[0][0]` of each layer read; empty for inputs and in Sequential. */
	connectedTo: string[];
}

export interface GraphSummary {
	name: string;
	form: ModelGraph['form'];
	rows: GraphSummaryRow[];
	total: number;
	/** The total written out as the sum of the rows that have parameters. */
	totalFormula: string;
	trainable: number;
	nonTrainable: number;
}

export function graphSummary(graph: ModelGraph): GraphSummary {
	const units = new Map(graph.inputs.map((i) => [i.name, i.units]));
	const functional = graph.form === 'functional';
	const rows: GraphSummaryRow[] = functional
		? graph.inputs.map((i) => ({ name: i.name, type: 'InputLayer', units: i.units, params: 0, formula: '0', activation: null, joins: [], connectedTo: [] }))
		: [];
	const connected = (from: string[]) => (functional ? from.map((f) => `${f}[0][0]`) : []);
	for (const layer of graph.layers) {
		if (layer.kind === 'concatenate') {
			const joins = layer.from.map((f) => units.get(f)!);
			const width = joins.reduce((a, b) => a + b, 0);
			units.set(layer.name, width);
			rows.push({ name: layer.name, type: 'Concatenate', units: width, params: 0, formula: '0', activation: null, joins, connectedTo: connected(layer.from) });
			continue;
		}
		const inputs = units.get(layer.from)!;
		const alphas = layer.activation === 'prelu' ? layer.units : 0;
		const params = (inputs + (layer.useBias ? 1 : 0)) * layer.units + alphas;
		let sum = layer.useBias ? `(${inputs} + 1) * ${layer.units}` : `${inputs} * ${layer.units}`;
		if (alphas > 0) sum += ` + ${alphas}`;
		units.set(layer.name, layer.units);
		rows.push({ name: layer.name, type: 'Dense', units: layer.units, params, formula: `${sum} = ${params}`, activation: layer.activation, joins: [], connectedTo: connected([layer.from]) });
	}
	const counted = rows.filter((r) => r.params > 0);
	const total = counted.reduce((s, r) => s + r.params, 0);
	return {
		name: graph.name,
		form: graph.form,
		rows,
		total,
		totalFormula: counted.length > 1 ? `${counted.map((r) => r.params).join(' + ')} = ${total}` : String(total),
		trainable: total,
		nonTrainable: 0
	};
}
