// Keras and PyTorch code that builds a model graph (./model-graph.ts) and prints its summary or its
// parameter count: keras.Input / Concatenate / Dense and keras.Model for a functional model,
// keras.Sequential and model.build((None, n)) for the first way; an nn.Module whose forward() follows
// the same graph in PyTorch.

import { kerasActivation, torchActivation } from './keras-code';
import type { GraphLayer, ModelGraph } from './model-graph';
import { graphSummary } from './model-graph-summary';

const PYTHON_RESERVED = new Set(
	'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield keras layers model torch nn self print sum'.split(' ')
);

/** A layer's name as a Python variable (a reserved word gets a trailing _). */
const v = (name: string) => (PYTHON_RESERVED.has(name) ? `${name}_` : name);

function denseCall(l: Extract<GraphLayer, { kind: 'dense' }>): string {
	const act = kerasActivation({ kind: 'dense', units: l.units, activation: l.activation, useBias: l.useBias });
	return `layers.Dense(${l.units}, activation=${act}${l.useBias ? '' : ', use_bias=False'}, name="${l.name}")`;
}

export function graphKerasCode(graph: ModelGraph): string {
	const lines = ['from tensorflow import keras', 'from tensorflow.keras import layers', ''];
	if (graph.form === 'sequential') {
		lines.push(`model = keras.Sequential(name="${graph.name}")`);
		for (const l of graph.layers) if (l.kind === 'dense') lines.push(`model.add(${denseCall(l)})`);
		lines.push(`model.build((None, ${graph.inputs[0].units}))`, 'model.summary()');
		return lines.join('\n') + '\n';
	}
	for (const i of graph.inputs) lines.push(`${v(i.name)} = keras.Input(shape=(${i.units},), name="${i.name}")`);
	for (const l of graph.layers) {
		if (l.kind === 'concatenate') lines.push(`${v(l.name)} = layers.Concatenate(name="${l.name}")([${l.from.map(v).join(', ')}])`);
		else lines.push(`${v(l.name)} = ${denseCall(l)}(${v(l.from)})`);
	}
	const list = (names: string[]) => `[${names.map(v).join(', ')}]`;
	lines.push('', `model = keras.Model(inputs=${list(graph.inputs.map((i) => i.name))}, outputs=${list(graph.outputs)}, name="${graph.name}")`, 'model.summary()');
	return lines.join('\n') + '\n';
}

export function graphPytorchCode(graph: ModelGraph): string {
	const units = new Map(graph.inputs.map((i) => [i.name, i.units]));
	const init: string[] = [];
	const forward: string[] = [];
	for (const l of graph.layers) {
		if (l.kind === 'concatenate') {
			units.set(l.name, l.from.reduce((s, f) => s + units.get(f)!, 0));
			forward.push(`        ${v(l.name)} = torch.cat([${l.from.map(v).join(', ')}], dim=1)`);
			continue;
		}
		const act = torchActivation({ kind: 'dense', units: l.units, activation: l.activation, useBias: l.useBias });
		const linear = `nn.Linear(${units.get(l.from)}, ${l.units}${l.useBias ? '' : ', bias=False'})`;
		init.push(`        self.${v(l.name)} = ${act ? `nn.Sequential(${linear}, ${act})` : linear}`);
		forward.push(`        ${v(l.name)} = self.${v(l.name)}(${v(l.from)})`);
		units.set(l.name, l.units);
	}
	const args = graph.inputs.map((i) => v(i.name)).join(', ');
	const returned = graph.outputs.map(v).join(', ');
	return [
		'import torch',
		'from torch import nn',
		'',
		'',
		'class Model(nn.Module):',
		'    def __init__(self):',
		'        super().__init__()',
		...init,
		'',
		`    def forward(self, ${args}):`,
		...forward,
		`        return ${returned}`,
		'',
		'',
		'model = Model()',
		'print(model)',
		`print(sum(p.numel() for p in model.parameters()))  # ${graphSummary(graph).total}`,
		''
	].join('\n');
}
