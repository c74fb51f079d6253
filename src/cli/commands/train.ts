// `backstep train FILE --data PATH|NAME [options]`: trains the network in FILE with the fast path.
// Output: a progress bar on a terminal, one line per epoch otherwise; `--json` prints only
// { history: [{epoch, loss, accuracy, valLoss, valAccuracy}], final: {...} }.
// Exit status: 0 trained; 2 bad input (nothing on standard output); 1 training stopped on a NaN or
// an infinity (the message says where; with --json the history so far and `trouble` are printed,
// and --out is not written: the weights are no longer numbers).

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command, CliIO } from '../io';
import { parseArgs, expectPositionals } from '../args';
import { CliError } from '../errors';
import { isInputError } from '../../lib/engine/spec/errors';
import { readNetwork } from '../read';
import { packageFile } from '../package-root';
import { compileCustom } from '../../lib/engine/ops/index';
import { networkToText } from '../../lib/engine/spec/encode';
import type { Network } from '../../lib/engine/spec/types';
import { bestKernels, disposeKernels, helperStarted, MIN_PARAMETERS_FOR_THREADS } from '../../lib/fast/kernels/index';
import { parameterCount, specFromNetwork } from '../../lib/fast/model';
import { spawnNodeHelper } from '../../lib/fast/kernels/node-helper';
import { parseCsv } from '../../lib/fast/datasets/csv';
import { decodeDigits } from '../../lib/fast/datasets/digits';
import { fitToNetwork } from '../../lib/fast/datasets/fit';
import { parseJsonData } from '../../lib/fast/datasets/json';
import { TOY_SETS, toyDataset, type ToyName } from '../../lib/fast/datasets/toy';
import { irisDataset } from '../../lib/fast/datasets/iris';
import { sliceDataset, type Dataset } from '../../lib/fast/datasets/types';
import type { Kernels } from '../../lib/fast/kernels/types';
import type { NumericalTrouble } from '../../lib/fast/numerics';
import { sourceFromNetwork, Trainer, type EpochRecord, type TrainEvent } from '../../lib/fast/train';

const OPTIONS = {
	data: { type: 'string' },
	epochs: { type: 'string' },
	batch: { type: 'string' },
	lr: { type: 'string' },
	seed: { type: 'string' },
	precision: { type: 'string', choices: ['f32', 'f64'] },
	threads: { type: 'string', choices: ['1', '2'] },
	target: { type: 'string' },
	validation: { type: 'string' },
	noise: { type: 'string' },
	json: { type: 'boolean' },
	out: { type: 'string' }
} as const;

const fail = (message: string) => new CliError(message, { command: 'train' });

/** Runs `fn`; a data set's InputError (it names the file and place itself) becomes `backstep train: …`, exit 2. */
function aboutData<T>(fn: () => T): T {
	try {
		return fn();
	} catch (e) {
		if (isInputError(e)) throw fail(e.message);
		throw e;
	}
}

function numberOption(value: string | boolean | undefined, name: string, fallback: number, check: (x: number) => boolean, what: string): number {
	if (value === undefined) return fallback;
	const x = Number(value);
	if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(x) || !check(x)) throw fail(`--${name}: "${value}" is not ${what}`);
	return x;
}

/** The packed digits shipped with the package (built by scripts/build-digits.mjs). */
function readDigits(): Uint8Array {
	const file = packageFile('static/data/digits.bin');
	try {
		return new Uint8Array(readFileSync(file));
	} catch {
		throw fail(`the digits data are missing (${file}); run "node scripts/build-digits.mjs"`);
	}
}

interface Data {
	train: Dataset;
	validation: Dataset | null;
}

async function loadData(io: CliIO, spec: string, options: Record<string, string | boolean>, seed: number): Promise<Data> {
	const split = (data: Dataset, fraction: number): Data => {
		const keep = Math.round(data.count * (1 - fraction));
		if (fraction === 0) return { train: data, validation: null };
		if (keep < 1 || keep >= data.count) throw fail(`--validation ${fraction} leaves no rows for training or for validation`);
		return { train: sliceDataset(data, 0, keep), validation: sliceDataset(data, keep, data.count, `${data.name} (validation)`) };
	};
	const fraction = (fallback: number) => numberOption(options.validation, 'validation', fallback, (x) => x >= 0 && x < 1, 'a fraction in [0, 1)');
	// `digits` is the MNIST test set's 10,000 images (NOTICE); `mnist` is the name it had before.
	if (spec === 'digits' || spec === 'mnist') {
		const digits = decodeDigits(readDigits());
		return { train: digits.train, validation: digits.test };
	}
	if (spec === 'iris') return split(irisDataset(seed), fraction(0.2));
	if ((TOY_SETS as readonly string[]).includes(spec)) {
		const noise = numberOption(options.noise, 'noise', 0, (x) => x >= 0 && x <= 1, 'a number in [0, 1]');
		return split(toyDataset(spec as ToyName, { count: 500, noise, seed }), fraction(0.2));
	}
	const looksLikeFile = /\.(csv|json|txt)$/i.test(spec) || spec.includes('/') || spec === '-';
	if (!looksLikeFile) throw fail(`--data: unknown data set "${spec}" (built-in: digits, iris, ${TOY_SETS.join(', ')}; or a .csv or .json file)`);
	const text = await io.readText(spec);
	const target = typeof options.target === 'string' ? options.target : undefined;
	const data = aboutData(() => (/\.json$/i.test(spec) ? parseJsonData(text, spec) : parseCsv(text, spec, { target })));
	return split(data, fraction(0));
}

/**
 * What to change: before the first update nothing but the data and the initial weights has been
 * used, so trouble there is the data's scale; after it, the step size.
 */
function troubleHint(t: NumericalTrouble): string {
	const beforeUpdate = t.step === 1 && !['W', 'b', 'alpha'].includes(t.quantity);
	return beforeUpdate ? 'the first step overflowed before any update: scale the inputs and targets, for example to [-1, 1]' : 'try a smaller --lr';
}

const pct = (x: number | null) => (x === null ? '' : `${(100 * x).toFixed(2)}%`);

function epochLine(r: EpochRecord, epochs: number): string {
	const parts = [`epoch ${r.epoch}/${epochs}`, `loss ${r.loss.toFixed(4)}`];
	if (r.accuracy !== null) parts.push(`accuracy ${pct(r.accuracy)}`);
	if (r.valLoss !== null) parts.push(`val_loss ${r.valLoss.toFixed(4)}`);
	if (r.valAccuracy !== null) parts.push(`val_accuracy ${pct(r.valAccuracy)}`);
	parts.push(`${r.seconds.toFixed(1)} s`);
	return parts.join('  ');
}

function bar(epoch: number, epochs: number, fraction: number, loss: number): string {
	const width = 30;
	const done = Math.round(fraction * width);
	return `\repoch ${epoch}/${epochs} [${'='.repeat(done)}${' '.repeat(width - done)}] ${(100 * fraction).toFixed(0).padStart(3)}%  loss ${loss.toFixed(4)}`;
}

export const train: Command = async (args, io) => {
	const { options, positionals } = parseArgs('train', args, OPTIONS);
	const [file] = expectPositionals('train', positionals, ['FILE']);
	if (typeof options.data !== 'string') throw fail('missing --data PATH|NAME (a .csv or .json file, or digits, iris, circle, xor, gaussians, spiral, plane)');
	const epochs = numberOption(options.epochs, 'epochs', 10, (x) => Number.isInteger(x) && x >= 1, 'a whole number of epochs ≥ 1');
	const batch = numberOption(options.batch, 'batch', 32, (x) => Number.isInteger(x) && x >= 1, 'a whole batch size ≥ 1');
	const net: Network = await readNetwork(io, file, { engine: 'fast' });
	const seed = numberOption(options.seed, 'seed', net.seed, (x) => Number.isInteger(x) && x >= 0, 'a whole number ≥ 0');
	const lr = numberOption(options.lr, 'lr', net.optimizer.learningRate, (x) => x > 0, 'a positive learning rate');
	const data = await loadData(io, options.data, options, seed);
	const outputs = net.layers[net.layers.length - 1].size;
	const precision = options.precision === 'f64' ? 'f64' : 'f32';
	const fit = (d: Dataset) => aboutData(() => fitToNetwork(d, net.input.size, outputs));
	const trainSet = fit(data.train);
	const validation = data.validation ? fit(data.validation) : null;
	// Two threads by default where there are two cores and the network is large enough to split.
	const large = parameterCount(specFromNetwork(net)) >= MIN_PARAMETERS_FOR_THREADS;
	const threads = options.threads === undefined ? (availableParallelism() >= 2 && large ? 2 : 1) : Number(options.threads);
	const kernels = bestKernels(precision, { threads: threads === 2 ? spawnNodeHelper : null });
	try {
		return await runTraining(io, options, net, kernels, trainSet, validation, { epochs, batch, lr, seed, precision });
	} finally {
		disposeKernels(kernels);
	}
};

interface Settings {
	epochs: number;
	batch: number;
	lr: number;
	seed: number;
	precision: 'f32' | 'f64';
}

async function runTraining(
	io: CliIO, options: { json?: boolean; out?: string }, net: Network, kernels: Kernels,
	trainSet: Dataset, validation: Dataset | null, { epochs, batch, lr, seed, precision }: Settings
): Promise<number> {
	// The Trainer refuses numbers the kernels' precision cannot hold (an InputError about the data).
	const trainer = aboutData(() => new Trainer(kernels, sourceFromNetwork(net), trainSet, {
		epochs,
		batchSize: batch,
		learningRate: lr,
		seed,
		validation,
		custom: compileCustom,
		progressEvery: Math.max(1, Math.floor(Math.ceil(trainSet.count / batch) / 50)),
		gradientNorms: false // the bar shows none; computing them would keep SGD's update out of those steps' backward pass
	}));
	await helperStarted(kernels, 5000); // both threads from the first step (one, if the helper never comes)

	const json = options.json === true;
	const tty = io.isTTY && !json;
	const started = performance.now();
	const show = (e: TrainEvent) => {
		if (json) return;
		if (e.type === 'progress' && tty) {
			io.stdout(bar(e.progress.epoch, epochs, e.progress.epochProgress, e.progress.epochLoss));
		} else if (e.type === 'epoch') io.stdout(`${tty ? '\r\x1b[2K' : ''}${epochLine(e.record, epochs)}\n`);
	};
	while (!trainer.finished) {
		// Slices of half a second let the terminal redraw and Ctrl-C land between them.
		trainer.run(Infinity, performance.now() + 500).forEach(show);
		await new Promise((resolve) => setImmediate(resolve));
	}
	const seconds = (performance.now() - started) / 1000;
	const last = trainer.history[trainer.history.length - 1] ?? null;
	const final = {
		epochs: trainer.history.length,
		steps: trainer.step,
		loss: last?.loss ?? null,
		accuracy: last?.accuracy ?? null,
		valLoss: last?.valLoss ?? null,
		valAccuracy: last?.valAccuracy ?? null,
		seconds,
		samplesPerSecond: (trainer.history.length * trainSet.count) / seconds,
		kernels: kernels.name,
		precision
	};
	const history = trainer.history.map(({ epoch, loss, accuracy, valLoss, valAccuracy }) => ({ epoch, loss, accuracy, valLoss, valAccuracy }));
	if (trainer.trouble) {
		if (json) io.stdout(`${JSON.stringify({ history, final, trouble: { step: trainer.trouble.step, layer: trainer.trouble.layer, quantity: trainer.trouble.quantity, message: trainer.trouble.message } }, null, 2)}\n`);
		else if (tty) io.stdout('\n');
		io.stderr(`backstep train: training stopped: ${trainer.trouble.message} (${troubleHint(trainer.trouble)})\n`);
		return 1;
	}
	if (typeof options.out === 'string') await io.writeText(options.out, networkToText(trainer.toNetwork()));
	if (json) io.stdout(`${JSON.stringify({ history, final }, null, 2)}\n`);
	else {
		io.stdout(`trained ${final.epochs} epochs in ${seconds.toFixed(1)} s (${Math.round(final.samplesPerSecond)} samples/s, ${kernels.name})\n`);
		if (typeof options.out === 'string') io.stdout(`wrote ${options.out}\n`);
	}
	return 0;
}
