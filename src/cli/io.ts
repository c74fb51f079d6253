// What a command may touch of the outside world, so that tests can run commands in-process.

export interface CliIO {
	/** Writes to standard output; the promise, when there is one, resolves once a slower reader (a pipe) has taken it. */
	stdout(text: string): void | Promise<void>;
	stderr(text: string): void;
	/** Reads a file as UTF-8; `-` reads standard input. Throws InputError naming the file when it cannot. */
	readText(path: string): Promise<string>;
	/** Writes a file (for `train --out`). */
	writeText(path: string, text: string): Promise<void>;
	/** True when standard output is a terminal (progress bars, colour). */
	isTTY: boolean;
}

/** A subcommand: its arguments after the command name; resolves to the exit status (docs/cli.md). */
export type Command = (args: string[], io: CliIO) => Promise<number>;
