// `npm run bench` (figures, not tests), on the course's model 784-300-200-100-10 (ReLU, softmax +
// categorical cross-entropy, SGD lr 0.01, float32, synthetic inputs). Sections, in order:
//   scaling   one vs two threads at batch 64 and 256, idle and beside a busy process of its own,
//             the machine's WebAssembly SIMD peak (also by how far apart the cores were) and each
//             product's fraction of it (scaling.ts)
//   variants  every kernel variant and TensorFlow.js at batch 1, 64, 256 and inference (variants.ts)
//   engine    the exact engine's trace timings (engine.ts)
//   classroom a class set of 40 worksheets drawn, a class of 200 × 30 answers marked (classroom.ts)
//   pytorch   PyTorch on one and two threads, same model, where `import torch` works (pytorch.ts)
//
//   --json            print { section: figures, … } on stdout
//   --seconds S       time each figure for S seconds (default 1)
//   --repeat N        rounds of every figure, interleaved; each printed figure is the median (default 3)
//   --only a,b        run only these sections; --skip a,b to leave some out
//   --skip-tfjs, --one-thread, --skip-engine   as before (variants without TensorFlow.js or
//                     without two threads; no engine section)
//   --task …, --child …   (internal) one measurement in a child Node (child.ts, variants.ts)
//   --browser         `npm run bench:browser` instead: the page beside the command line (browser.ts)

import { benchScaling, printScaling } from './scaling';
import { engineFigures } from './engine';
import { runTask } from './child';
import type { BenchContext, BenchSection } from './section';
import { variantChild, variantsSection } from './variants';
import { classroomSection } from './classroom';
import { pytorchSection } from './pytorch';
import { startupSection } from './startup';
import type { BenchKernels } from './backstep';

const scalingSection: BenchSection = {
	name: 'scaling',
	async run(c) {
		const figures = await benchScaling(c.repeat, c.seconds, c.log);
		if (!c.json) printScaling(figures);
		return figures;
	}
};

const engineSection: BenchSection = {
	name: 'engine',
	async run(c) {
		c.log('measuring the exact engine…');
		const engine = engineFigures();
		if (!c.json) for (const f of engine) console.log(`exact engine, ${f.name}: ${f.steps} steps in ${f.msPerTrace.toFixed(2)} ms`);
		return engine;
	}
};

/** The sections, in the order they run; add yours with one line. */
const SECTIONS: BenchSection[] = [scalingSection, variantsSection, engineSection, classroomSection, pytorchSection, startupSection];

const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const list = (name: string) => option(name)?.split(',') ?? null;

if (args.includes('--browser')) await import('./browser');
else if (option('--task')) await runTask(args);
else if (option('--child')) await variantChild(option('--child') as BenchKernels, option('--name') ?? 'backstep', Number(option('--seconds') ?? 1));
else {
	const json = args.includes('--json');
	// TensorFlow.js greets on stdout; keep stdout for the JSON.
	if (json) console.log = console.info = (...xs: unknown[]) => void process.stderr.write(xs.join(' ') + '\n');
	const write = process.stdout.write.bind(process.stdout);
	const figures: Record<string, unknown> = {};
	const context: BenchContext = {
		seconds: Number(option('--seconds') ?? 1),
		repeat: Math.max(1, Math.round(Number(option('--repeat') ?? 3))),
		json,
		args,
		log: (s) => void (json || process.stderr.write(s + '\n')),
		earlier: figures
	};
	const only = list('--only');
	const skip = [...(list('--skip') ?? []), ...(args.includes('--skip-engine') ? ['engine'] : [])];
	for (const section of SECTIONS) {
		if ((only && !only.includes(section.name)) || skip.includes(section.name)) continue;
		if (!json) console.log(`\n== ${section.name} ==\n`);
		figures[section.name] = await section.run(context);
	}
	if (json) write(JSON.stringify(figures, null, 2) + '\n');
}
