#!/usr/bin/env node
// The `backstep` command: the compiled command line in dist/ (built by `npm ci`/`npm install` in a
// checkout through "prepare", and shipped in the package).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(compiled)) {
	process.stderr.write('backstep: the command is not built yet; run "npm run build:cli" (npm ci does it)\n');
	process.exit(70);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));
