// Every kind of bad input (docs/limits.md) and the exact message it gets: the JSON path, then what is wrong.

import { describe, expect, it } from 'vitest';
import { compileCustom } from '../../../src/lib/engine/ops/activations/custom-compiler';
import { InputError } from '../../../src/lib/engine/spec/errors';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { courseFile } from './fixtures';

/** The message validateNetwork throws for the course file after `change`. */
function messageFor(change: (file: any) => unknown): string {
	const file = courseFile();
	const replaced = change(file);
	try {
		validateNetwork(replaced === undefined ? file : replaced);
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as Error).message;
	}
	throw new Error('no error was thrown');
}

const ALLOWED_LABEL = "(use letters, digits, spaces and _ ^ { } \\ ' . , - ( ))";
const LAYER_KEYS = 'size, activation, weights, biases, names, weightNames, biasNames, trainableWeights, trainableBiases, regularizer, biasRegularizer, activityRegularizer, batchNorm, dropout, init, alphas';

// [what is wrong, the change, the exact message]
const CASES: [string, (f: any) => unknown, string][] = [
	// the document
	['a top level that is not an object', () => [], 'expected the network as a JSON object {"layers": […], …}, got an empty array'],
	['a misspelt top-level key', (f) => { f.lyers = f.layers; delete f.layers; }, 'lyers: unknown key — did you mean "layers"?'],
	['an unknown top-level key', (f) => { f.colour = 'red'; }, 'colour: unknown key (allowed: title, description, layers, loss, samples, optimizer, rounding, init, style, sheet, seed, exercise, $schema)'],
	['a title that is not a string', (f) => { f.title = 3; }, 'title: expected a string or {"en": "…", "zh-TW": "…"}, got 3'],
	['a title that is too long', (f) => { f.title = 'a'.repeat(201); }, 'title: 201 characters, more than the 200 allowed'],
	['a title with a control character', (f) => { f.title = 'a\u0007b'; }, 'title: contains a control character (U+0007)'],
	['a negative seed', (f) => { f.seed = -1; }, 'seed: expected an integer from 0 to 4294967295, got -1'],
	['an unknown top-level init', (f) => { f.init = 'glorot'; }, 'init: unknown "glorot" — did you mean "glorot_uniform"?'],

	// layers
	['no layers', (f) => { delete f.layers; }, 'layers: missing'],
	['layers that are not an array', (f) => { f.layers = {}; }, 'layers: expected an array of layers, the input layer first, got an object'],
	['only an input layer', (f) => { f.layers = [f.layers[0]]; }, 'layers: expected at least 2 layers (the input layer and one more), got 1'],
	[
		'more layers than the exact engine takes',
		(f) => { f.layers = [{ size: 2 }, ...Array.from({ length: 12 }, () => ({ size: 2, activation: 'tanh' }))]; },
		'layers: 13 layers, more than the 12 the exact engine accepts (the fast path has no such limit)'
	],
	['a layer that is not an object', (f) => { f.layers[1] = 3; }, 'layers[1]: expected an object, got 3'],
	['an input layer that is not an object', (f) => { f.layers[0] = 2; }, 'layers[0]: expected the input layer as an object {"size": …}, got 2'],
	['an input layer with an activation', (f) => { f.layers[0].activation = 'relu'; }, 'layers[0].activation: the input layer takes only "size" and "names"'],
	['a misspelt input-layer key', (f) => { f.layers[0].nmes = f.layers[0].names; }, 'layers[0].nmes: unknown key — did you mean "names"?'],
	['a misspelt layer key', (f) => { f.layers[1].weigths = f.layers[1].weights; delete f.layers[1].weights; }, 'layers[1].weigths: unknown key — did you mean "weights"?'],
	['an unknown layer key', (f) => { f.layers[1].colour = 'red'; }, `layers[1].colour: unknown key (allowed: ${LAYER_KEYS})`],
	['a missing size', (f) => { delete f.layers[2].size; }, 'layers[2].size: missing'],
	['a fractional size', (f) => { f.layers[1].size = 2.5; }, 'layers[1].size: expected a positive integer, got 2.5'],
	['a zero size', (f) => { f.layers[0].size = 0; }, 'layers[0].size: expected a positive integer, got 0'],
	['a size given as a string', (f) => { f.layers[1].size = '2'; }, 'layers[1].size: expected a positive integer, got "2"'],
	['too many neurons', (f) => { f.layers[1].size = 65; }, 'layers[1].size: 65 neurons, more than the 64 the exact engine accepts (the fast path has no such limit)'],
	['too many inputs', (f) => { f.layers[0].size = 100; }, 'layers[0].size: 100 inputs, more than the 64 the exact engine accepts (the fast path has no such limit)'],

	// activations
	['a misspelt activation', (f) => { f.layers[2].activation = 'sigmod'; }, 'layers[2].activation: unknown "sigmod" — did you mean "sigmoid"?'],
	['a Keras-style activation name', (f) => { f.layers[1].activation = 'LeakyReLU'; }, 'layers[1].activation: unknown "LeakyReLU" — did you mean "leaky_relu"?'],
	[
		'an activation nothing like a known one',
		(f) => { f.layers[1].activation = 'banana'; },
		'layers[1].activation: unknown "banana" (known: linear, sigmoid, tanh, relu, leaky_relu, prelu, elu, softplus, swish, step, sign, rrelu, softmax, custom)'
	],
	[
		'a missing activation',
		(f) => { delete f.layers[1].activation; },
		'layers[1].activation: missing — a name (linear, sigmoid, tanh, relu, leaky_relu, prelu, elu, softplus, swish, step, sign, rrelu, softmax, custom) or an object {"name": …}'
	],
	['an activation that is a number', (f) => { f.layers[1].activation = 1; }, 'layers[1].activation: expected a name or an object {"name": …}, got 1'],
	['a misspelt activation in an object', (f) => { f.layers[1].activation = { name: 'tanhh' }; }, 'layers[1].activation.name: unknown "tanhh" — did you mean "tanh"?'],
	['an activation object without a name', (f) => { f.layers[1].activation = { alpha: 0.1 }; }, 'layers[1].activation.name: missing'],
	['a misspelt activation parameter', (f) => { f.layers[1].activation = { name: 'elu', alhpa: 2 }; }, 'layers[1].activation.alhpa: unknown key — did you mean "alpha"?'],
	['a parameter of an activation that takes none', (f) => { f.layers[1].activation = { name: 'sigmoid', alpha: 2 }; }, 'layers[1].activation.alpha: sigmoid takes no parameters'],
	['a parameter another activation takes', (f) => { f.layers[1].activation = { name: 'rrelu', alpha: 2 }; }, 'layers[1].activation.alpha: not a parameter of rrelu, which takes lower, upper'],
	['a non-finite alpha', (f) => { f.layers[1].activation = { name: 'elu', alpha: NaN }; }, 'layers[1].activation.alpha: expected a finite number, got NaN'],
	['an rrelu bound outside [0, 1]', (f) => { f.layers[1].activation = { name: 'rrelu', upper: 2 }; }, 'layers[1].activation.upper: expected a number in [0, 1], got 2'],
	['rrelu bounds in the wrong order', (f) => { f.layers[1].activation = { name: 'rrelu', lower: 0.5, upper: 0.2 }; }, 'layers[1].activation: lower (0.5) is greater than upper (0.2)'],
	['custom as a bare name', (f) => { f.layers[1].activation = 'custom'; }, 'layers[1].activation: custom needs an expression: {"name": "custom", "expression": "x / (1 + abs(x))"}'],
	[
		'custom without an expression',
		(f) => { f.layers[1].activation = { name: 'custom' }; },
		'layers[1].activation.expression: missing — custom needs an expression in x, e.g. {"name": "custom", "expression": "x / (1 + abs(x))"}'
	],
	['a custom expression that is not a string', (f) => { f.layers[1].activation = { name: 'custom', expression: 2 }; }, 'layers[1].activation.expression: expected a string, got 2'],
	['softmax on a hidden layer', (f) => { f.layers[1].activation = 'softmax'; }, 'layers[1].activation: softmax is allowed only on the output layer'],

	// weights and init
	['missing weights and no init', (f) => { delete f.layers[1].weights; }, 'layers[1].weights: missing — write the weights, or name an "init" (here or at the top level) to draw them'],
	['weights and an init at once', (f) => { f.layers[1].init = 'zeros'; }, 'layers[1].init: the weights are given, so there is nothing to draw; remove "init" or "weights"'],
	['a misspelt layer init', (f) => { delete f.layers[1].weights; f.layers[1].init = 'he_unifrom'; }, 'layers[1].init: unknown "he_unifrom" — did you mean "he_uniform"?'],
	['weights that are a number', (f) => { f.layers[1].weights = 0.5; }, 'layers[1].weights: expected 2 rows (layers[1].size) of 2 numbers (layers[0].size), got 0.5'],
	['too many rows', (f) => { f.layers[1].weights.push([1, 2]); }, 'layers[1].weights: expected 2 rows (layers[1].size), got 3'],
	['too few columns', (f) => { f.layers[1].weights[0] = [0.2]; }, 'layers[1].weights[0]: expected 2 columns (layers[0].size), got 1'],
	['columns against the previous layer', (f) => { f.layers[2].weights[1].push(1); }, 'layers[2].weights[1]: expected 2 columns (layers[1].size), got 3'],
	['a row that is a number', (f) => { f.layers[1].weights[1] = 3; }, 'layers[1].weights[1]: expected a row of 2 numbers (layers[0].size), got 3'],
	['a weight given as text', (f) => { f.layers[1].weights[0][1] = 'abc'; }, 'layers[1].weights[0][1]: expected a finite number, got "abc"'],
	['a weight that is null', (f) => { f.layers[2].weights[1][0] = null; }, 'layers[2].weights[1][0]: expected a finite number, got null'],
	['a NaN weight', (f) => { f.layers[1].weights[1][0] = NaN; }, 'layers[1].weights[1][0]: expected a finite number, got NaN'],
	['an infinite weight', (f) => { f.layers[1].weights[1][1] = -Infinity; }, 'layers[1].weights[1][1]: expected a finite number, got -Infinity'],

	// biases
	['too many biases', (f) => { f.layers[1].biases = [1, 2, 3]; }, 'layers[1].biases: expected 2 numbers (layers[1].size), got 3'],
	['biases as text', (f) => { f.layers[1].biases = 'zero'; }, 'layers[1].biases: expected 2 numbers (layers[1].size) or one shared number, got "zero"'],
	['a bias that is not finite', (f) => { f.layers[1].biases = [1, Infinity]; }, 'layers[1].biases[1]: expected a finite number, got Infinity'],
	['a shared bias that is not finite', (f) => { f.layers[1].biases = NaN; }, 'layers[1].biases: expected a finite number, got NaN'],
	['bias labels without biases', (f) => { f.layers[1].biasNames = ['b_1', 'b_2']; }, 'layers[1].biasNames: the layer has no biases to name'],
	['one label for several biases', (f) => { f.layers[1].biases = [0, 0]; f.layers[1].biasNames = 'b'; }, 'layers[1].biasNames: one label for 2 biases; give 2 labels, or make the bias one shared number'],
	['several labels for a shared bias', (f) => { f.layers[1].biases = 0.1; f.layers[1].biasNames = ['b_1', 'b_2']; }, 'layers[1].biasNames: 2 labels for one shared bias; give a single label'],
	['bias labels that are a number', (f) => { f.layers[1].biases = 0.1; f.layers[1].biasNames = 1; }, 'layers[1].biasNames: expected a label for each bias, or one label for a shared bias, got 1'],

	// labels
	['too many neuron labels', (f) => { f.layers[1].names.push('H_3'); }, 'layers[1].names: expected 2 labels (layers[1].size), got 3'],
	['neuron labels that are not an array', (f) => { f.layers[0].names = 'x'; }, 'layers[0].names: expected an array of 2 labels (layers[0].size), got "x"'],
	['a label that is a number', (f) => { f.layers[1].names[0] = 1; }, 'layers[1].names[0]: expected a label (a string), got 1'],
	['an empty label', (f) => { f.layers[1].names[0] = ''; }, 'layers[1].names[0]: empty label'],
	['a label that is too long', (f) => { f.layers[1].names[0] = 'H'.repeat(33); }, 'layers[1].names[0]: label of 33 characters, more than the 32 allowed'],
	['a label with markup', (f) => { f.layers[1].names[0] = '<b>H</b>'; }, `layers[1].names[0]: "<" is not allowed in a label ${ALLOWED_LABEL}`],
	['a label with a control character', (f) => { f.layers[1].names[0] = 'H\u0000'; }, `layers[1].names[0]: U+0000 is not allowed in a label ${ALLOWED_LABEL}`],
	['a label with square brackets', (f) => { f.layers[1].names[0] = 'a[1]'; }, `layers[1].names[0]: "[" is not allowed in a label ${ALLOWED_LABEL}`],
	['a label with surrounding spaces', (f) => { f.layers[1].names[0] = ' H_1'; }, 'layers[1].names[0]: label starts or ends with a space'],
	['a label with an unclosed brace', (f) => { f.layers[1].names[0] = 'H_{1'; }, 'layers[1].names[0]: unbalanced braces in the label (a { without its })'],
	['a label with an extra closing brace', (f) => { f.layers[1].names[0] = 'H_1}'; }, 'layers[1].names[0]: unbalanced braces in the label (a } without its {)'],
	['a label ending in a subscript sign', (f) => { f.layers[1].names[0] = 'H_'; }, 'layers[1].names[0]: "_" needs something after it'],
	['a label with two subscripts', (f) => { f.layers[1].names[0] = 'H_1_2'; }, 'layers[1].names[0]: two subscripts in a row in the label; group them with { }'],
	['a label with a prime after a superscript', (f) => { f.layers[1].names[0] = "H^2'"; }, `layers[1].names[0]: a prime after a superscript in the label; write the prime first, e.g. x'^2`],
	['a misspelt TeX command', (f) => { f.layers[1].names[0] = '\\thta_1'; }, 'layers[1].names[0]: unknown command \\thta in a label — did you mean \\theta?'],
	[
		'a TeX command that labels may not use',
		(f) => { f.layers[1].names[0] = '\\def\\x{1}'; },
		'layers[1].names[0]: unknown command \\def in a label (allowed: Greek letters such as \\theta, and \\hat \\bar \\tilde \\vec \\dot \\ddot \\mathrm \\mathbf \\mathit)'
	],
	['a lone backslash', (f) => { f.layers[1].names[0] = 'H\\'; }, 'layers[1].names[0]: "\\" must begin a command such as \\theta'],
	['an accent without braces in a subscript', (f) => { f.layers[1].names[0] = 'H_\\hat{x}'; }, 'layers[1].names[0]: put \\hat{…} in braces after "_"'],
	['the label E', (f) => { f.layers[1].names[0] = 'E'; }, 'layers[1].names[0]: "E" is reserved for the loss'],
	['a label used twice', (f) => { f.layers[2].names[1] = 'H_1'; }, 'layers[2].names[1]: "H_1" is already the label of layers[1].names[0]'],
	['a weight label used twice', (f) => { f.layers[2].weightNames[0][0] = 'w_1'; }, 'layers[2].weightNames[0][0]: "w_1" is already the label of layers[1].weightNames[0][0]'],
	['weight labels with a missing row', (f) => { f.layers[1].weightNames.pop(); }, 'layers[1].weightNames: expected 2 rows (layers[1].size), got 1'],
	['weight labels with an extra column', (f) => { f.layers[2].weightNames[0].push('w_9'); }, 'layers[2].weightNames[0]: expected 2 columns (layers[1].size), got 3'],

	// other layer keys
	['a trainable flag as text', (f) => { f.layers[1].trainableWeights = 'yes'; }, 'layers[1].trainableWeights: expected true or false, got "yes"'],
	['a regularizer that is a number', (f) => { f.layers[1].regularizer = 0.01; }, 'layers[1].regularizer: expected an object {"l1": …, "l2": …}, got 0.01'],
	['a negative regularizer', (f) => { f.layers[1].regularizer = { l1: -1 }; }, 'layers[1].regularizer.l1: expected a non-negative number, got -1'],
	['a misspelt regularizer', (f) => { f.layers[1].regularizer = { L2: 0.1 }; }, 'layers[1].regularizer.L2: unknown key — did you mean "l2"?'],
	['slopes for an activation without them', (f) => { f.layers[1].alphas = [0.1, 0.1]; }, 'layers[1].alphas: only prelu and rrelu have a slope per neuron, not sigmoid'],
	['an rrelu slope outside its range', (f) => { f.layers[1].activation = { name: 'rrelu', lower: 0.1, upper: 0.3 }; f.layers[1].alphas = [0.2, 0.5]; }, 'layers[1].alphas[1]: expected a number in [0.1, 0.3], got 0.5'],
	['prelu slopes of the wrong count', (f) => { f.layers[1].activation = 'prelu'; f.layers[1].alphas = [0.1]; }, 'layers[1].alphas: expected 2 numbers (layers[1].size), got 1'],

	// loss and samples
	['no loss', (f) => { delete f.loss; }, 'loss: missing (one of half_sse, sse, mse, mae, binary_crossentropy, categorical_crossentropy, sparse_categorical_crossentropy, hinge)'],
	['a misspelt loss', (f) => { f.loss = 'binary_crossentropi'; }, 'loss: unknown "binary_crossentropi" — did you mean "binary_crossentropy"?'],
	['a loss that is not a name', (f) => { f.loss = 2; }, 'loss: expected a name, got 2'],
	['no samples', (f) => { delete f.samples; }, 'samples: missing — give at least one {"input": […], "target": …}'],
	['an empty list of samples', (f) => { f.samples = []; }, 'samples: expected at least one sample, got none'],
	['samples that are an object', (f) => { f.samples = f.samples[0]; }, 'samples: expected an array of {"input": […], "target": …}, got an object'],
	['more samples than the exact engine takes', (f) => { f.samples = new Array(257).fill(f.samples[0]); }, 'samples: 257 samples, more than the 256 the exact engine accepts (the fast path has no such limit)'],
	['a sample that is an array', (f) => { f.samples[0] = [[0.5, 0.3], [1, 0]]; }, 'samples[0]: expected an object {"input": […], "target": …}, got an array of 2'],
	['a sample without a target', (f) => { delete f.samples[0].target; }, 'samples[0].target: missing'],
	['a misspelt sample key', (f) => { f.samples[0].inputs = f.samples[0].input; delete f.samples[0].input; }, 'samples[0].inputs: unknown key — did you mean "input"?'],
	['an input of the wrong size', (f) => { f.samples[0].input = [1]; }, 'samples[0].input: expected 2 numbers (layers[0].size), got 1'],
	['an infinite input', (f) => { f.samples[0].input[0] = Infinity; }, 'samples[0].input[0]: expected a finite number, got Infinity'],
	['a target of the wrong size', (f) => { f.samples[0].target = [1, 2, 3]; }, "samples[0].target: expected 2 numbers (the output layer's size), got 3"],
	['a target that is text', (f) => { f.samples[0].target[1] = 'x'; }, 'samples[0].target[1]: expected a finite number, got "x"'],
	[
		'a class index without the sparse loss',
		(f) => { f.samples[0].target = 1; },
		"samples[0].target: expected an array of 2 numbers (the output layer's size), got 1; a class index is only for sparse_categorical_crossentropy"
	],
	['an array target with the sparse loss', (f) => { f.loss = 'sparse_categorical_crossentropy'; }, 'samples[0].target: sparse_categorical_crossentropy takes a class index from 0 to 1 as the target, not an array'],
	[
		'a class index out of range',
		(f) => { f.loss = 'sparse_categorical_crossentropy'; f.samples[0].target = 2; },
		'samples[0].target: expected a class index from 0 to 1 (the output layer has 2 neurons), got 2'
	],
	[
		'a fractional class index',
		(f) => { f.loss = 'sparse_categorical_crossentropy'; f.samples[0].target = 0.5; },
		'samples[0].target: expected a class index from 0 to 1 (the output layer has 2 neurons), got 0.5'
	],
	['a binary cross-entropy target above 1', (f) => { f.loss = 'binary_crossentropy'; f.samples[0].target = [0, 2]; }, 'samples[0].target[1]: binary_crossentropy needs targets in [0, 1], got 2'],
	['a negative categorical target', (f) => { f.loss = 'categorical_crossentropy'; }, 'samples[0].target[1]: categorical_crossentropy needs targets in [0, 1], got -0.07'],

	// optimizer
	['a misspelt optimizer', (f) => { f.optimizer.type = 'adm'; }, 'optimizer.type: unknown "adm" — did you mean "adam"?'],
	['an optimizer name that is misspelt', (f) => { f.optimizer = 'rmsporp'; }, 'optimizer: unknown "rmsporp" — did you mean "rmsprop"?'],
	['an optimizer that is a number', (f) => { f.optimizer = 1; }, 'optimizer: expected {"type": …, …parameters} or a name, got 1'],
	['an optimizer without a type', (f) => { delete f.optimizer.type; }, 'optimizer.type: missing (one of sgd, adagrad, adadelta, rmsprop, adam, adamw, adamax, nadam, adafactor, ftrl, perceptron)'],
	['an optimizer with a misspelt type key', (f) => { f.optimizer = { tpye: 'adam' }; }, 'optimizer.tpye: unknown key — did you mean "type"?'],
	['a Keras snake_case parameter', (f) => { f.optimizer.learning_rate = 0.1; }, 'optimizer.learning_rate: unknown key — did you mean "learningRate"?'],
	['a parameter of another optimizer', (f) => { f.optimizer.beta1 = 0.9; }, 'optimizer.beta1: not a parameter of sgd, which takes learningRate, momentum, nesterov, clipnorm, clipvalue'],
	['weight decay on adam', (f) => { f.optimizer = { type: 'adam', weightDecay: 0.01 }; }, 'optimizer.weightDecay: not a parameter of adam, which takes learningRate, beta1, beta2, epsilon, clipnorm, clipvalue'],
	['an unknown optimizer parameter', (f) => { f.optimizer.amsgrad = true; }, 'optimizer.amsgrad: unknown key (allowed: type, learningRate, momentum, nesterov, clipnorm, clipvalue)'],
	['a negative learning rate', (f) => { f.optimizer.learningRate = -0.1; }, 'optimizer.learningRate: expected a positive number, got -0.1'],
	['a momentum above 1', (f) => { f.optimizer.momentum = 1.5; }, 'optimizer.momentum: expected a number in [0, 1], got 1.5'],
	['beta1 of 1', (f) => { f.optimizer = { type: 'adam', beta1: 1 }; }, 'optimizer.beta1: expected a number in [0, 1), got 1'],
	['nesterov as a number', (f) => { f.optimizer.nesterov = 1; }, 'optimizer.nesterov: expected true or false, got 1'],
	['a zero clipnorm', (f) => { f.optimizer.clipnorm = 0; }, 'optimizer.clipnorm: expected a positive number, got 0'],
	['both kinds of clipping', (f) => { f.optimizer.clipnorm = 1; f.optimizer.clipvalue = 0.5; }, 'optimizer.clipvalue: give either clipnorm or clipvalue, not both'],
	['the perceptron rule with a hidden layer', (f) => { f.optimizer = { type: 'perceptron' }; }, 'optimizer.type: perceptron needs a single layer after the input (no hidden layers), but there are 2'],
	['the perceptron rule with sigmoid', (f) => { f.layers.pop(); f.samples[0].target = [1, 0]; f.optimizer = 'perceptron'; }, 'layers[1].activation: the perceptron optimizer needs step or sign, got sigmoid'],

	// rounding
	['rounding that is a number', (f) => { f.rounding = 2; }, 'rounding: expected {"decimals": d} or {"significant": s}, got 2'],
	['rounding with both kinds', (f) => { f.rounding = { decimals: 2, significant: 3 }; }, 'rounding: give either "decimals" or "significant", not both'],
	['rounding with neither', (f) => { f.rounding = {}; }, 'rounding: expected {"decimals": d} or {"significant": s}, got an empty object'],
	['too many decimals', (f) => { f.rounding = { decimals: 11 }; }, 'rounding.decimals: expected an integer from 0 to 10, got 11'],
	['fractional decimals', (f) => { f.rounding = { decimals: 1.5 }; }, 'rounding.decimals: expected an integer from 0 to 10, got 1.5'],
	['zero significant digits', (f) => { f.rounding = { significant: 0 }; }, 'rounding.significant: expected an integer from 1 to 15, got 0'],
	['a misspelt rounding key', (f) => { f.rounding = { decimal: 2 }; }, 'rounding.decimal: unknown key — did you mean "decimals"?']
];

describe('validateNetwork errors', () => {
	it.each(CASES)('%s', (_, change, message) => {
		expect(messageFor(change)).toBe(message);
	});

	it('has at least 30 distinct messages', () => {
		expect(new Set(CASES.map((c) => c[2])).size).toBe(CASES.length);
		expect(CASES.length).toBeGreaterThanOrEqual(30);
	});

	it('passes the reason of a custom expression that does not compile, at its expression', () => {
		let reason = '';
		try {
			compileCustom('x +');
		} catch (e) {
			reason = (e as Error).message;
		}
		expect(reason).not.toBe('');
		expect(messageFor((f) => { f.layers[1].activation = { name: 'custom', expression: 'x +' }; })).toBe(`layers[1].activation.expression: ${reason}`);
	});

	it('carries the path and the reason separately', () => {
		try {
			validateNetwork({ ...courseFile(), loss: 'mse2' });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(InputError);
			expect((e as InputError).path).toBe('loss');
			expect((e as InputError).reason).toBe('unknown "mse2" — did you mean "mse"?');
		}
	});
});
