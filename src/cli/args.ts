// A small, strict option parser shared by the subcommands: `--name value`, `--name=value`, `-x value`,
// boolean flags, a fixed set of choices, `--` to end the options and `-` as a positional (standard
// input). Every mistake is a CliError (exit 2) with the nearest option or choice suggested.

import { CliError } from './errors';
import { didYouMean } from './suggest';

export interface OptionSpec {
	type: 'string' | 'boolean';
	/** One-letter alias, without the dash. */
	short?: string;
	/** The accepted values of a string option. */
	choices?: readonly string[];
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
	/** By long name: the string given, `true` for a flag present; absent when not given. */
	options: Record<string, string | boolean>;
	positionals: string[];
}

export function parseArgs(command: string, args: readonly string[], specs: OptionSpecs): ParsedArgs {
	const fail = (message: string) => new CliError(message, { command });
	const longNames = Object.keys(specs).map((n) => `--${n}`);
	const options: Record<string, string | boolean> = {};
	const positionals: string[] = [];

	for (let k = 0; k < args.length; k++) {
		const arg = args[k];
		if (arg === '--') {
			positionals.push(...args.slice(k + 1));
			break;
		}
		if (arg === '-' || !arg.startsWith('-')) {
			positionals.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const written = eq >= 0 ? arg.slice(0, eq) : arg;
		const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
		const name = resolveName(written, specs);
		if (name === null) {
			throw fail(`unknown option "${written}"${didYouMean(written, longNames)}`);
		}
		const spec = specs[name];
		if (name in options) throw fail(`option "--${name}" is given twice`);
		if (spec.type === 'boolean') {
			if (inline !== undefined) throw fail(`option "--${name}" takes no value`);
			options[name] = true;
			continue;
		}
		let value = inline;
		if (value === undefined) {
			if (k + 1 >= args.length) throw fail(`option "--${name}" needs a value`);
			value = args[++k];
		}
		if (spec.choices && !spec.choices.includes(value)) {
			throw fail(
				`--${name}: unknown "${value}"${didYouMean(value, spec.choices)} (one of: ${spec.choices.join(', ')})`
			);
		}
		options[name] = value;
	}
	return { options, positionals };
}

/** The long name `--format` or `-f` stands for, or null. */
function resolveName(written: string, specs: OptionSpecs): string | null {
	if (written.startsWith('--')) {
		const name = written.slice(2);
		return Object.hasOwn(specs, name) ? name : null;
	}
	const letter = written.slice(1);
	for (const [name, spec] of Object.entries(specs)) if (spec.short === letter) return name;
	return null;
}

/** Exactly the positionals a command takes, e.g. `['FILE']` or `['FILE', 'ANSWERS']`. */
export function expectPositionals(command: string, positionals: string[], names: readonly string[]): string[] {
	if (positionals.length < names.length) {
		const missing = names.slice(positionals.length).join(' and ');
		throw new CliError(`missing ${missing} (use - for standard input; see "backstep ${command} --help")`, {
			command
		});
	}
	if (positionals.length > names.length) {
		const extra = positionals.slice(names.length).map((p) => `"${p}"`);
		throw new CliError(`unexpected argument${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`, { command });
	}
	return positionals;
}
