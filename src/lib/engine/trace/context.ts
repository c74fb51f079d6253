import type { DenseLayer, Network } from '../spec/types';
import { Labels } from './labels';
import { Recorder } from './recorder';
import { LayerValues } from './values';
import { StepTable } from './lazy';
import { paramLookup } from './params';
import { layerDropouts, type LayerDropout } from './dropout';

/** What every phase of the trace reads: the network, its labels and the recorder. */
export interface TraceContext {
	net: Network;
	rec: Recorder;
	labels: Labels;
	/** The layers' numbers as flat arrays (see values.ts). */
	v: LayerValues;
	/** Where the computed steps keep their numbers (lazy.ts). */
	table: StepTable;
	/** Number of layers after the input (L of docs/quantity-ids.md). */
	L: number;
	/** The network's sample numbers as ids want them: [null] for one sample, [1..N] for several. */
	samples: (number | null)[];
	/** Dropout of layer l with its mask for these samples (index 0, the input, and layers without: null). */
	dropout: (LayerDropout | null)[];
	layer(l: number): DenseLayer;
	/** Size of layer l, counting the input layer as 0. */
	size(l: number): number;
}

export function createContext(net: Network): TraceContext {
	const n = net.samples.length;
	const v = new LayerValues(net);
	const ctx: TraceContext = {
		net,
		rec: new Recorder(net, (id) => v.lookup(id) ?? paramLookup(ctx, id)),
		labels: new Labels(net),
		v,
		L: net.layers.length,
		samples: n === 1 ? [null] : Array.from({ length: n }, (_, k) => k + 1),
		dropout: layerDropouts(net),
		layer: (l) => net.layers[l - 1],
		size: (l) => (l === 0 ? net.input.size : net.layers[l - 1].size),
		table: null as unknown as StepTable
	};
	ctx.table = new StepTable(ctx);
	return ctx;
}
