// The table of subcommands: what each is for, its help, and how to load it. Commands load lazily so
// that `backstep --help` stays fast and one command's missing module never breaks another.

import type { Command } from '../io';

export interface CommandEntry {
	name: string;
	/** One line for `backstep --help`. */
	synopsis: string;
	/** The whole text of `backstep NAME --help` (a module exporting `help` overrides it, see below). */
	help: string;
	/** The command, loaded on demand so that `backstep --help` stays fast. */
	load(): Promise<Command>;
}

const SOLVE_HELP = `Usage: backstep solve FILE [options]

Works out one training step of the network in FILE as a person would by hand: the forward pass,
the loss, the backward pass (the chain rule written factor by factor) and the optimizer's update.
FILE is a network file (see static/examples/); - reads standard input.

Options:
  --format FORMAT    text (default; a worked solution), tex, markdown or json
  --rounding D       round every quantity to D decimals as it is computed, overriding the
                     file's "rounding"; --rounding none computes in full precision
  --style STYLE      course (the course's lines: one chain line per parameter, each line
                     rounded once) or textbook (one step per quantity: z, a, δ = ∂E/∂z);
                     overrides the file's "style"
  --steps WHICH      all (every step in full), excerpt (the first sample's steps and the
                     first neuron's parameters in each layer; every value is still printed)
                     or auto (default: all up to 20,000 steps reading at most a
                     million quantities in all, else excerpt)
  --lang LANG        en or zh-TW (default: from LC_ALL / LC_MESSAGES / LANG, else en)
  -h, --help         show this help

Examples:
  backstep solve static/examples/course-2-2-2.json
  backstep solve static/examples/course-2-2-2.json --style textbook
  backstep solve static/examples/course-2-2-2-exact.json --rounding 3 --format json
  cat net.json | backstep solve - --format markdown > solution.md
`;

const SUMMARY_HELP = `Usage: backstep summary FILE [--json]

Prints a Keras-style table of the network in FILE: each layer's output shape and parameter count,
with the count's sum written out, e.g. (784 + 1) * 300 = 235500, and the totals. FILE is a network
file or a model graph (docs/models.md): a functional model with named inputs, Concatenate and
several outputs (with Keras's "Connected to" column), or a Sequential model built with
model.build((None, n)). FILE may be - for standard input.

Options:
  --json             print the summary as JSON instead
  -h, --help         show this help

Examples:
  backstep summary static/examples/course-mlp-784-300-200-100-10.json
  backstep summary static/examples/models/course-functional.json
`;

const CHECK_HELP = `Usage: backstep check FILE ANSWERS [--json] [--lang LANG] [--min-decimals N]

Marks a person's answers for the network in FILE. ANSWERS is JSON such as
{ "H_1": 0.56, "dE/dw_5": 0.03, "w_5'": 0.08 }, keyed by quantity ids or the file's labels.
An answer must be written to at least the decimals the network asks for (its rounding, else 2);
above that, one written with d decimals is accepted within 10^-d of the exact value. Each answer
is correct, imprecise (right, but written too coarsely), carried (right working from an earlier
wrong answer of yours), wrong, or unknown (with what you may have meant).
FILE or ANSWERS may be - for standard input.

Options:
  --json             print the report as JSON (docs/checking.md)
  --lang LANG        en or zh-TW (default: from LC_ALL / LC_MESSAGES / LANG, else en)
  --min-decimals N   hold answers to at least N decimals (default: the network's rounding, else 2)
  -h, --help         show this help

Exit status: 0 when every answer is correct, 1 when some is not or none is recognised
(an empty sheet too), 2 for bad input.

Example:
  echo '{"H_1": 0.56, "E": 0.21}' | backstep check static/examples/course-2-2-2.json -
`;

const TRAIN_HELP = `Usage: backstep train FILE --data PATH|NAME [options]

Trains the network in FILE with the fast path (no size limits).
The course's digit model learns best with --lr 0.1 (about 95% test accuracy in 10 epochs).

Options:
  --data PATH|NAME   a .csv or .json file, or a built-in data set
                     (digits: 10,000 MNIST test digits, alias mnist; iris: Fisher's
                     150 flowers, 4 standardised measurements, 3 species; circle, xor,
                     gaussians, spiral, plane)
  --epochs N         passes over the data (default 10)
  --batch B          samples per update (default 32)
  --lr RATE          learning rate (default: the file's optimizer's)
  --seed S           seed of every random draw (default: the file's)
  --precision P      f32 (default) or f64
  --threads N        1, or 2 (default for networks of 20,000 parameters or more where there
                     are two or more cores): a second thread computes half of every large
                     matrix product
  --target COLUMN    the column of a .csv file that holds the target
  --validation F     fraction of the data held out for validation, in [0, 1)
  --noise N          noise of a built-in toy data set, in [0, 1]
  --out PATH         write the trained network to PATH
  --json             print the training history as JSON
  -h, --help         show this help

Exit status: 0 trained, 1 stopped by a NaN or infinity (the message says where), 2 bad input.

Examples:
  backstep train static/examples/course-mlp-784-300-200-100-10.json --data digits --lr 0.1
  backstep train static/examples/iris-4-8-3.json --data iris --epochs 100
`;

const EXERCISE_HELP = `Usage: backstep exercise TEMPLATE --count N --out DIR [options]

Draws a class set of exercises from the network in TEMPLATE: each variant keeps the layout,
activations, loss, optimizer, rounding, style and labels and gets new inputs, weights, biases and
targets that a person can work by hand (no saturated neuron, no answer at a rounding tie, no two
variants alike). TEMPLATE's optional "exercise" object sets the decimals, the ranges and the
quantities asked (docs/exercises.md). DIR receives variant-001.json …, key.json, worksheets.html
(one page per variant, with a link and a QR code that open it on /check) and key.html (the worked
solutions). Open the .html files in a browser and print them.

Options:
  --count N          how many variants (1 to 500)
  --seed S           seed of the draw (default 1); the same seed gives the same set
  --out DIR          the directory to write into (created if need be)
  --lang LANG        en or zh-TW, the worksheets' language (default: from LC_ALL / LANG, else en)
  --site URL         the site's address the links open (default http://localhost:4173/, what
                     npm run preview serves)
  -h, --help         show this help

Example:
  backstep exercise static/examples/course-2-2-2.json --count 40 --seed 7 --out class-a
`;

const GRADE_HELP = `Usage: backstep grade DIR CLASS.csv [options]

Marks a whole class. DIR is a set written by backstep exercise (key.json and variant-NNN.json);
CLASS.csv has a header student,variant,KEY1,KEY2,… (keys as in an answers file) and one row per
student; an empty cell is not answered. Each row is marked against its own variant as backstep
check marks one sheet (errors carried forward, likely mistakes named). Prints the gradebook, the
class's counts per question with its most common mistakes, and every problem in the file (an
unknown variant, a cell that is not a number) by line and column; the rest is still marked.

Options:
  --credit-carried P full (default), half or none: the credit a carried answer gets
  --json             print {"students": […], "questions": […], "problems": […]} instead
  --out FILE         also write the gradebook as CSV to FILE
  --lang LANG        en or zh-TW (default: from LC_ALL / LC_MESSAGES / LANG, else en)
  -h, --help         show this help

Exit status: 0 when the whole file was read (problems in rows included), 2 when the set or the
file cannot be read.

Example:
  backstep grade class-a answers.csv --credit-carried half --out gradebook.csv
`;

export const COMMANDS: readonly CommandEntry[] = [
	{
		name: 'solve',
		synopsis: 'work out one training step by hand: forward, loss, backward, update',
		help: SOLVE_HELP,
		load: async () => (await import('./solve')).solve
	},
	{
		name: 'check',
		synopsis: "mark a person's answers, with errors carried forward",
		help: CHECK_HELP,
		load: async () => (await import('./check')).check
	},
	{
		name: 'summary',
		synopsis: 'Keras-style table of layers and parameter counts',
		help: SUMMARY_HELP,
		load: async () => (await import('./summary')).summary
	},
	{
		name: 'train',
		synopsis: 'train the network on a data set (fast path)',
		help: TRAIN_HELP,
		load: async () => (await import('./train')).train
	},
	{ name: 'exercise', synopsis: 'a class set of exercises from one network: variants, key, printable worksheets', help: EXERCISE_HELP, load: async () => (await import('./exercise')).exercise },
	{ name: 'grade', synopsis: 'mark a whole class against its variants: gradebook and common mistakes', help: GRADE_HELP, load: async () => (await import('./grade')).grade }
];

export function findCommand(name: string): CommandEntry | undefined {
	return COMMANDS.find((c) => c.name === name);
}
