// The `backstep` command line: global options, dispatch to a subcommand, and the one place where
// errors become messages and exit statuses.
//
// Exit status (docs/cli.md): 0 success; 1 `check` found an answer not accepted; 2 bad input or usage
// (one line on standard error, nothing on standard output); 70 internal error (a bug: a short message, the stack only with BACKSTEP_DEBUG=1).

import type { CliIO } from './io';
import { COMMANDS, findCommand } from './commands/index';
import { isCliError } from './errors';
import { isInputError } from '../lib/engine/spec/errors';
import { didYouMean } from './suggest';
import { version } from './version';

export const EXIT = { ok: 0, usage: 2, internal: 70 } as const;

function globalHelp(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.synopsis}`);
	return `Usage: backstep COMMAND [options]

Backstep works out backpropagation step by step, as a person does by hand.

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help; "backstep COMMAND --help" shows a command's
  --version      print the version

Run "backstep solve static/examples/course-2-2-2.json" to see a worked example.
`;
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

async function run(argv: string[], io: CliIO): Promise<number> {
	const [first, ...rest] = argv;
	if (first === undefined) {
		io.stderr(globalHelp());
		return EXIT.usage;
	}
	if (isHelp(first)) {
		io.stdout(globalHelp());
		return EXIT.ok;
	}
	if (first === '--version' || first === '-V') {
		io.stdout(`${version()}\n`);
		return EXIT.ok;
	}
	if (first === 'help') {
		const entry = rest[0] === undefined ? undefined : findCommand(rest[0]);
		io.stdout(entry ? entry.help : globalHelp());
		return EXIT.ok;
	}
	const names = COMMANDS.map((c) => c.name);
	if (first.startsWith('-')) {
		io.stderr(`backstep: unknown option "${first}"${didYouMean(first, ['--help', '--version'])}\n`);
		return EXIT.usage;
	}
	const entry = findCommand(first);
	if (!entry) {
		const hint = didYouMean(first, names) || ` (commands: ${names.join(', ')})`;
		io.stderr(`backstep: unknown command "${first}"${hint}\n`);
		return EXIT.usage;
	}
	const beforeDashDash = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
	if (beforeDashDash.some(isHelp)) {
		io.stdout(entry.help);
		return EXIT.ok;
	}
	const command = await entry.load();
	return command(rest, io);
}

/** Runs the command line; resolves to the exit status. Without `io`, talks to this process. */
export async function main(argv: string[], io?: CliIO): Promise<number> {
	const theIO = io ?? (await import('./node-io')).nodeIO();
	try {
		return await run(argv, theIO);
	} catch (e) {
		return report(e, theIO);
	}
}

function report(e: unknown, io: CliIO): number {
	if (isCliError(e)) {
		io.stderr(`backstep${e.command ? ` ${e.command}` : ''}: ${e.message}\n`);
		return e.status;
	}
	if (isInputError(e)) {
		io.stderr(`backstep: ${e.message}\n`);
		return EXIT.usage;
	}
	const what = e instanceof Error ? e.message : String(e);
	io.stderr(`backstep: internal error: ${what}\n(this is a bug in backstep, not in your input; please report it)\n`);
	if (process.env.BACKSTEP_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
	return EXIT.internal;
}
