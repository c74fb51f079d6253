// A part of `npm run bench`: it measures, prints its figures (unless --json) and returns them for
// the JSON output. Register one with a line in run.ts.

export interface BenchContext {
	/** Seconds per figure (--seconds) and rounds of every figure (--repeat). */
	seconds: number;
	repeat: number;
	json: boolean;
	/** All command-line arguments, for a section's own flags. */
	args: string[];
	/** Progress on stderr (silent with --json). */
	log(line: string): void;
	/** The figures of the sections run before this one, by name (to print ratios against them). */
	earlier: Record<string, unknown>;
}

export interface BenchSection {
	name: string;
	run(context: BenchContext): Promise<unknown>;
}
