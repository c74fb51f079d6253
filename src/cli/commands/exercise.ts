// `backstep exercise TEMPLATE --count N --seed S --out DIR [--lang en|zh-TW] [--site URL]`: a class
// set of variants of the network in TEMPLATE (docs/exercises.md). Writes variant-001.json …,
// key.json, worksheets.html and key.html into DIR and prints one line per file written.

import type { Command } from '../io';
import { generateExercises, MAX_VARIANTS } from '../../lib/engine/exercise/generate';
import { exerciseFiles } from '../../lib/engine/exercise/files';
import { DEFAULT_SITE } from '../../lib/engine/exercise/link';
import { MAX_SEED } from '../../lib/engine/spec/schema';
import { parseArgs, expectPositionals } from '../args';
import { CliError, inFile } from '../errors';
import { LANGS, langFromEnv, type Lang } from '../lang';
import { readNetwork } from '../read';

const OPTIONS = {
	count: { type: 'string' },
	seed: { type: 'string' },
	out: { type: 'string' },
	lang: { type: 'string', choices: LANGS },
	site: { type: 'string' }
} as const;

function whole(text: string | undefined, name: string, min: number, max: number, fallback?: number): number {
	if (text === undefined) {
		if (fallback !== undefined) return fallback;
		throw new CliError(`--${name} is required`, { command: 'exercise' });
	}
	const n = /^\d+$/.test(text) ? Number(text) : NaN;
	if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
	throw new CliError(`--${name}: expected a whole number from ${min} to ${max}, not "${text}"`, { command: 'exercise' });
}

function site(text: string | undefined): string {
	if (text === undefined) return DEFAULT_SITE;
	if (!/^https?:\/\/[^\s#?]+$/.test(text)) throw new CliError(`--site: expected the site's address, e.g. https://example.org/backstep/, not "${text}"`, { command: 'exercise' });
	return text;
}

export const exercise: Command = async (args, io) => {
	const { options, positionals } = parseArgs('exercise', args, OPTIONS);
	const [file] = expectPositionals('exercise', positionals, ['TEMPLATE']);
	const count = whole(options.count as string | undefined, 'count', 1, MAX_VARIANTS);
	const seed = whole(options.seed as string | undefined, 'seed', 0, MAX_SEED, 1);
	const out = options.out as string | undefined;
	if (out === undefined || out === '') throw new CliError('--out DIR is required: the directory to write the set into', { command: 'exercise' });
	const lang = (options.lang as Lang | undefined) ?? langFromEnv(process.env);
	const template = await readNetwork(io, file);
	const set = inFile(file, () => generateExercises(template, count, seed));
	const files = await exerciseFiles(set, { site: site(options.site as string | undefined), lang, seed });
	const dir = out.replace(/\/+$/, '');
	for (const f of files) {
		await io.writeText(`${dir}/${f.name}`, f.text);
	}
	const questions = set.variants[0].answers.length;
	const summary =
		lang === 'zh-TW'
			? `${file} 的 ${set.variants.length} 份變體（種子 ${seed}），每份 ${questions} 題`
			: `${set.variants.length} variants of ${file} (seed ${seed}), ${questions} questions each`;
	io.stdout(`${files.map((f) => `${dir}/${f.name}`).join('\n')}\n${summary}\n`);
	return 0;
};
