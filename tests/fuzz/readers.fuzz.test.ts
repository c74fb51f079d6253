// Every reader of the project, fed garbage, cut and spliced valid inputs, and valid documents with
// extremes in them (tests/fuzz/harness.ts states the rule). What a reader accepts goes on as far as a
// user's input would: a network file is traced and printed in every format, answers are marked, a
// class is graded, data is fitted to a network, a link is opened as the lab and /check open it.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { markAnswers, parseAnswers } from '../../src/lib/engine/check';
import { readModelGraph } from '../../src/lib/engine/concepts/model-graph';
import { kerasToNetworkFile } from '../../src/lib/engine/export/keras-import';
import { traceToJson } from '../../src/lib/engine/format/json';
import { traceToMarkdown } from '../../src/lib/engine/format/markdown';
import { traceToTex } from '../../src/lib/engine/format/tex';
import { traceToText } from '../../src/lib/engine/format/text';
import { gradeClass, type GradedVariant } from '../../src/lib/engine/grade/grade';
import { parseJson } from '../../src/lib/engine/spec/json';
import { encodeState } from '../../src/lib/engine/spec/url';
import { parseNetwork } from '../../src/lib/engine/spec/validate';
import { buildTrace } from '../../src/lib/engine/trace/build';
import { parseCsv } from '../../src/lib/fast/datasets/csv';
import { fitToNetwork } from '../../src/lib/fast/datasets/fit';
import { parseJsonData } from '../../src/lib/fast/datasets/json';
import { checkDataRange } from '../../src/lib/fast/datasets/range';
import { CheckState } from '../../src/lib/state/check.svelte.ts';
import { loadInSlices } from '../../src/lib/state/lab-load';
import { decodeShare, hashFromLink, stepFromHash } from '../../src/lib/state/share';
import { LabState } from '../../src/lib/state/lab.svelte';
import { readTyped } from '../../src/lib/view/check/sheet';
import { readSaved } from '../../src/lib/view/check/storage';
import { configFromQuery, configToQuery, defaultConfig } from '../../src/lib/view/train/config';
import { buildNetwork } from '../../src/lib/view/train/build';
import { TrainState } from '../../src/lib/state/train.svelte.ts';
import { TrainKeeper } from '../../src/lib/state/train-keep.svelte.ts';
import { decodeWeights, weightsOf } from '../../src/lib/state/train-saved';
import { randomNetworkJson } from '../engine/trace/random-networks';
import { fuzz, judged, showsNonFinite } from './harness';
import { jsonTextFor, mutatedJson, textFor } from './mutate';

const example = (name: string) => readFileSync(`static/examples/${name}`, 'utf8');
const NETWORKS = ['course-2-2-2.json', 'course-2-2-2-exact.json', 'loss-softmax-categorical.json', 'optimizer-adam.json', 'activation-custom.json', 'clipnorm.json', 'regularization-l1-l2.json', 'regularization-bias-activity.json', 'dropout-2-4-1.json', 'batch-norm-2-3-1.json'].map(example);
const COURSE = example('course-2-2-2.json');
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adam', 'adamw', 'adamax', 'nadam', 'rmsprop', 'adagrad', 'adadelta', 'adafactor', 'ftrl'];
const course = parseNetwork(COURSE);
const courseExact = buildTrace({ ...course, rounding: null });
const courseHand = buildTrace(course);

class MemoryStore {
	constructor(private text: string | null) {}
	getItem() {
		return this.text;
	}
	setItem(_k: string, v: string) {
		this.text = v;
	}
	removeItem() {
		this.text = null;
	}
}

/** What `solve` would print of a network file: its trace in every format, checked for ∞ and NaN. */
function solved(text: string): unknown {
	const net = parseNetwork(text);
	const trace = buildTrace(net);
	for (const out of [traceToText(trace), traceToMarkdown(trace), traceToTex(trace)]) {
		if (showsNonFinite(out)) throw new Error(`a non-finite number printed: ${out.slice(0, 200)}`);
	}
	return traceToJson(trace);
}

describe('fuzz: every reader ends in a value or its own error', () => {
	it('network files, traced and printed in every format', async () => {
		await fuzz(fc.oneof(...NETWORKS.map((n) => jsonTextFor(JSON.parse(n)))), (text) => judged('network file', () => solved(text)));
	});

	it('random valid networks of every activation, loss and optimizer, with inputs, weights, targets and rates scaled by up to 10^±320', async () => {
		const exponent = fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -320, max: 320 }));
		await fuzz(fc.tuple(fc.nat(), exponent, exponent, exponent, exponent), ([seed, inputs, weights, targets, rate]) =>
			judged('random networks', () => {
				// Every other one with dropout, batch normalisation, bias and activity penalties.
				const net = randomNetworkJson(seed, undefined, seed % 2 === 1) as Record<string, any>;
				for (const s of net.samples) {
					s.input = s.input.map((x: number) => x * 10 ** inputs);
					if (Array.isArray(s.target)) s.target = s.target.map((y: number) => y * 10 ** targets);
				}
				for (const l of net.layers.slice(1)) l.weights = l.weights.map((row: number[]) => row.map((w) => w * 10 ** weights));
				net.optimizer = { type: OPTIMIZERS[seed % OPTIMIZERS.length], learningRate: 0.1 * 10 ** rate, ...(seed % 5 === 0 ? { clipnorm: 1 } : {}) };
				return solved(JSON.stringify(net));
			})
		);
	});

	it('answers files, marked against the course network', async () => {
		const sheet = readFileSync('static/examples/answers/course-sheet.json', 'utf8');
		await fuzz(jsonTextFor(JSON.parse(sheet)), (text) =>
			judged('answers file', () => {
				const report = markAnswers(courseExact, parseAnswers(text), courseHand);
				return report.results.map((r) => ({ verdict: r.verdict, expected: r.expected, tolerance: r.tolerance }));
			})
		);
	});

	it('class CSV files, graded against three variants', async () => {
		const variants = new Map<string, GradedVariant>([
			['variant-001', { exact: courseExact, hand: courseHand }],
			['variant-002', { exact: courseExact, hand: null }]
		]);
		const csv = 'student,variant,H_1,H_2,E\nAda,variant-001,0.56,0.60,0.21\nBo,variant-002,,0.6,x\n';
		await fuzz(textFor(csv), (text) => judged('class CSV', () => gradeClass(text, variants, 'half')));
	});

	it('training data, CSV and JSON, fitted to a network and checked against float32', async () => {
		const csv = 'x1,x2,y\n0.5,0.1,1\n-0.2,3e38,0\n1,2,1\n';
		const json = { inputs: [[0, 1], [1, 0]], targets: [[1], [0]] };
		await fuzz(fc.oneof(textFor(csv).map((t) => ['csv', t]), jsonTextFor(json).map((t) => ['json', t])), ([kind, text]) =>
			judged('training data', () => {
				const data = kind === 'csv' ? parseCsv(text, 'd.csv') : parseJsonData(text, 'd.json');
				const fitted = fitToNetwork(data, data.inputSize, data.targetSize === 1 ? 2 : data.targetSize);
				checkDataRange(fitted, 'f32');
				return fitted;
			})
		);
	});

	it('share links holding any state, opened as the lab and /check open them', async () => {
		const state = { v: 1, network: JSON.parse(COURSE), step: 3, rounding: true, lang: 'en' };
		const links = fc.oneof(
			{ weight: 3, arbitrary: mutatedJson(state).map((s) => ({ state: s })) },
			{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((link) => ({ link })) }
		);
		await fuzz(links, async (input) => {
			const link = 'link' in input ? input.link : await encodeState(input.state).catch(() => 'x');
			await judged('share link', async () => {
				const share = await decodeShare(link);
				// As the lab opens a link: the trace in slices, then the diagram's index of positions.
				const loaded = await loadInSlices(share.network, share.rounding);
				const check = new CheckState(new MemoryStore(null));
				await check.openHash(hashFromLink(link));
				return { json: loaded.json, step: share.step, rows: check.rows.length, marked: check.marked?.report.summary };
			});
		});
	});

	it('the step beside a lab link, whatever it holds, opens a step of the trace', async () => {
		const link = await encodeState({ v: 1, network: JSON.parse(COURSE), step: 3, rounding: true, lang: 'en' });
		const steps = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.constantFrom('-1', '1e9', '9'.repeat(400), 'NaN', 'Infinity', '0x10', ' 7', '7 ', '1.5', '%00', '&step=2'),
			fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String)
		);
		await fuzz(steps, async (raw) => {
			const hash = `#state=${link}&step=${raw}`;
			await judged('lab link step', async () => {
				const step = stepFromHash(hash);
				if (step !== null && !(Number.isSafeInteger(step) && step >= 0)) throw new Error(`stepFromHash gave ${step}`);
				const lab = new LabState();
				await lab.restore(hash);
				if (!(lab.step >= 0 && lab.step < lab.total)) throw new Error(`the lab opened step ${lab.step} of ${lab.total}`);
				return { step, opened: lab.step };
			});
		});
	});

	it('saved answers in the browser, restored into /check', async () => {
		const saved = { v: 1, typed: { 'a[1][1]': '0.56', E: '0.21' }, extra: [{ key: 'q', value: 1, written: '1.0' }] };
		await fuzz(jsonTextFor(saved), (text) =>
			judged('saved state', () => {
				const read = readSaved(new MemoryStore(text), 'k');
				if (read === null || 'error' in read) return read;
				const check = new CheckState(new MemoryStore(text));
				check.open(JSON.parse(COURSE), true);
				return { read, marked: check.marked?.report.summary };
			})
		);
	});

	it('a /train run saved in the browser, opened on reload: restored, or a reason and the defaults', async () => {
		const config = defaultConfig('spiral');
		const saved = {
			v: 1, settings: configToQuery(config), ...weightsOf(buildNetwork(config, 2), 120, 12),
			history: [{ epoch: 12, loss: 0.3, accuracy: 0.9, valLoss: 0.31, valAccuracy: null, seconds: 0.01 }]
		};
		await fuzz(jsonTextFor(saved), (text) =>
			judged('saved /train run', async () => {
				const store = { getItem: () => text, setItem: () => undefined, removeItem: () => undefined };
				const s = new TrainState();
				const keeper = new TrainKeeper(s, store);
				await keeper.open('');
				const note = keeper.note;
				if (note && note.kind !== 'restored' && note.kind !== 'corrupt') throw new Error(`note ${note.kind}`);
				if (note?.kind === 'corrupt' && JSON.stringify(s.config) !== JSON.stringify(defaultConfig())) throw new Error('a damaged save did not end in the defaults');
				if (!s.network && !s.settingsError) throw new Error('no network and no reason');
				return { note, step: s.step, out: s.grid?.neurons.at(-1)?.[0][0] ?? null };
			})
		);
	});

	it('the weights in a /train share link, whatever they hold: weights for the page, or a reason', async () => {
		const config = defaultConfig('spiral');
		const state = { v: 1, ...weightsOf(buildNetwork(config, 2), 120, 12) };
		const links = fc.oneof(
			{ weight: 3, arbitrary: mutatedJson(state).map((s) => ({ state: s })) },
			{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((link) => ({ link })) }
		);
		await fuzz(links, async (input) => {
			const link = 'link' in input ? input.link : await encodeState(input.state).catch(() => 'x');
			await judged('/train weights link', () => decodeWeights(link));
		});
	});

	it('/train settings in the address, and /check cells as typed', async () => {
		const hash = '#data=spiral&layers=4:tanh:bn,3:relu&lr=0.03&batch=10&noise=0.1&split=0.5&seed=3&features=x1,x2';
		await fuzz(fc.tuple(textFor(hash), textFor('-0.0700')), ([h, cell]) =>
			judged('page inputs', () => ({ config: configFromQuery(h), cell: readTyped(cell) }))
		);
	});

	it('Keras models and model graphs', async () => {
		const keras = { input: 2, layers: [{ class: 'Dense', name: 'dense', units: 2, activation: 'sigmoid', kernel_T: [[0.2, 0.5], [-0.4, 0.6]], bias: [0.1, -0.1] }] };
		const graph = JSON.parse(example('models/course-functional.json'));
		await fuzz(fc.oneof(jsonTextFor(keras).map((t) => ['keras', t]), jsonTextFor(graph).map((t) => ['graph', t])), ([kind, text]) =>
			judged('Keras and model graphs', () => {
				const json = parseJson(text);
				return kind === 'keras' ? solvedFile(kerasToNetworkFile(json)) : readModelGraph(json);
			})
		);
	});

	it('custom activations: any expression is compiled, differentiated and traced, or refused', async () => {
		const pieces = fc.constantFrom('x', 'x', '1', '2.5', 'e', 'pi', '+', '-', '*', '/', '^', '(', ')', 'exp(', 'log(', 'sqrt(', 'abs(', 'max(x,', 'min(', 'sin(', 'tanh(', ',', '!', 'x^x', '1e308', ' ');
		const expression = fc.oneof(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.string({ maxLength: 60 }));
		await fuzz(expression, (expr) =>
			judged('custom activations', () => {
				const net = JSON.parse(example('activation-custom.json'));
				net.layers[1].activation = { name: 'custom', expression: expr };
				return solved(JSON.stringify(net));
			})
		);
	});
});

function solvedFile(file: unknown): unknown {
	return solved(JSON.stringify(file));
}
