// The perceptron page's state: the data, η and the epoch limit, the whole run (from the engine), and
// which update is shown. Index k shows the weights after k updates and the k+1-th update's rule.

import { networkAt, perceptronEpoch, plottedInputs, predict, runPerceptron, type PerceptronEpoch } from '$lib/engine/concepts/perceptron-run';
import { ids } from '$lib/engine/trace/ids';
import { validateNetwork } from '$lib/engine/spec/validate';
import { buildTrace } from '$lib/engine/trace/build';
import { presetWith, type PresetId } from '$lib/view/perceptron/presets';

export class PerceptronState {
	preset = $state<PresetId>('course');
	eta = $state(0.11);
	maxEpochs = $state(100);
	index = $state(0);
	playing = $state(false);
	/** Updates per second while playing. */
	speed = $state(2);

	readonly net = $derived(validateNetwork(presetWith(this.preset, this.eta)));
	readonly run = $derived(runPerceptron(this.net, this.maxEpochs));
	readonly total = $derived(this.run.epochs.length);
	/** The update made from the shown weights, or null once no update is left. */
	readonly epoch: PerceptronEpoch | null = $derived(this.run.epochs[this.index] ?? null);
	readonly params = $derived(this.epoch ? this.epoch.params : this.run.final);
	/** The engine's trace of one epoch at the shown weights: its update steps are the perceptron rule. */
	readonly trace = $derived(buildTrace(networkAt(this.net, this.params)));
	readonly updateSteps = $derived(this.trace.steps.filter((s) => s.phase === 'update'));
	readonly atEnd = $derived(this.index >= this.total);

	/** The two inputs drawn on the plot (indices into a sample's input). */
	readonly axes = $derived(plottedInputs(this.net) ?? [1, 2]);
	readonly inputLabels = $derived(this.net.input.names ?? this.net.samples[0].input.map((_, i) => `x_{${i + 1}}`));
	readonly predicted = $derived(predict(this.net, this.params));
	readonly points = $derived(
		this.net.samples.map((s, k) => ({ u: s.input[this.axes[0]], v: s.input[this.axes[1]], y: s.target[0], wrong: this.predicted.predictions[k] !== s.target[0] }))
	);
	readonly rows = $derived(this.net.samples.map((s, k) => ({ x: s.input, z: this.predicted.z[k], yHat: this.predicted.predictions[k], y: s.target[0] })));
	readonly misclassified = $derived(this.points.filter((q) => q.wrong).length);
	/** Each parameter's id in the trace, in the order of the run's parameter lists. */
	readonly paramIds = $derived.by(() => {
		const weights = Array.from({ length: this.net.layers[0].weights[0].length }, (_, i) => ids.w(1, 1, i + 1));
		const b = this.net.layers[0].biases;
		return b === null ? weights : [...weights, ids.b(1, typeof b === 'number' ? null : 1)];
	});
	/** The weights after the shown update (the same weights once none is left). */
	readonly after = $derived(this.epoch ? this.epoch.next : perceptronEpoch(this.net, this.params, this.index + 1).next);

	setPreset(id: PresetId): void {
		this.preset = id;
		this.index = 0;
		this.playing = false;
	}
	setEta(eta: number): void {
		this.eta = eta;
		this.index = 0;
		this.playing = false;
	}
	setMaxEpochs(n: number): void {
		this.maxEpochs = n;
		this.index = Math.min(this.index, this.run.epochs.length);
		this.playing = false;
	}
	go(k: number): void {
		this.index = Math.max(0, Math.min(this.total, k));
	}
	next(): void {
		this.go(this.index + 1);
	}
	prev(): void {
		this.go(this.index - 1);
	}
	/** The network file at the shown weights, for the lab. */
	labJson() {
		return presetWith(this.preset, this.eta, this.params);
	}
	/** The lab's step to open at: the first update step (the rule for w_0). */
	labStep(): number {
		return Math.max(0, this.trace.steps.findIndex((s) => s.phase === 'update'));
	}
}
