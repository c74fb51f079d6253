// `backstep grade DIR CLASS.csv [--json] [--credit-carried full|half|none] [--out FILE] [--lang L]`:
// marks a whole class (docs/grading.md). DIR is a set `backstep exercise` wrote (its key.json names
// the variants, each read from DIR/variant-NNN.json); each row of CLASS.csv is marked against its own
// variant. Exit 0 when the whole file was read, bad rows included (they are listed with line and
// column); 2 when the set or the file cannot be read at all.

import type { Command } from '../io';
import { gradeClass, CREDIT_POLICIES, type CreditPolicy, type GradedVariant } from '../../lib/engine/grade/grade';
import { gradebookCsv, gradebookJson, gradebookText } from '../../lib/engine/grade/format';
import { InputError } from '../../lib/engine/spec/errors';
import { buildTrace } from '../../lib/engine/trace/build';
import { parseArgs, expectPositionals } from '../args';
import { CliError, inFile } from '../errors';
import { LANGS, langFromEnv, type Lang } from '../lang';
import { readNetwork } from '../read';

const OPTIONS = {
	json: { type: 'boolean' },
	'credit-carried': { type: 'string', choices: CREDIT_POLICIES },
	out: { type: 'string' },
	lang: { type: 'string', choices: LANGS }
} as const;

async function readSet(io: Parameters<Command>[1], dir: string): Promise<Map<string, GradedVariant>> {
	const keyFile = `${dir}/key.json`;
	const keyText = await io.readText(keyFile);
	const key = inFile(keyFile, () => {
		let v: unknown;
		try {
			v = JSON.parse(keyText);
		} catch {
			throw new InputError('', 'not JSON: expected {"variant-001": {…}, …} as backstep exercise writes it');
		}
		if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.keys(v).length === 0) throw new InputError('', 'expected {"variant-001": {…}, …}');
		return v as Record<string, unknown>;
	});
	const variants = new Map<string, GradedVariant>();
	for (const name of Object.keys(key)) {
		if (!/^variant-\d{3,4}$/.test(name)) throw new CliError(`${keyFile}: "${name}" is not a variant name (variant-001, …)`, { command: 'grade' });
		const file = `${dir}/${name}.json`;
		const net = await readNetwork(io, file);
		const exact = inFile(file, () => buildTrace({ ...net, rounding: null }));
		const hand = net.rounding ? inFile(file, () => buildTrace(net)) : null;
		variants.set(name, { exact, hand });
	}
	return variants;
}

export const grade: Command = async (args, io) => {
	const { options, positionals } = parseArgs('grade', args, OPTIONS);
	const [dir, classFile] = expectPositionals('grade', positionals, ['DIR', 'CLASS.csv']);
	const lang = (options.lang as Lang | undefined) ?? langFromEnv(process.env);
	const variants = await readSet(io, dir.replace(/\/+$/, ''));
	const csv = await io.readText(classFile);
	const book = inFile(classFile, () => gradeClass(csv, variants, (options['credit-carried'] as CreditPolicy | undefined) ?? 'full'));
	const out = options.out as string | undefined;
	if (out) await io.writeText(out, gradebookCsv(book));
	io.stdout(options.json ? `${JSON.stringify(gradebookJson(book), null, 2)}\n` : gradebookText(book, lang));
	return 0;
};
