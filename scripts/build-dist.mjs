// Compiles the command line and the library into dist/ with esbuild (run by `prepare` and
// `prepack`, and before the unit tests): dist/cli.js (the `backstep` command; each subcommand in a
// chunk of its own, loaded when used), dist/index.js (`backstep`: the engine), dist/train.js
// (`backstep/train`: training for Node) and dist/node-helper-entry.js (the second training thread).
// Everything is bundled, so the installed package needs no dependency at run time. The type
// declarations of the two library entries go to dist/types/ (tsc).

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = resolve(ROOT, 'dist');
rmSync(DIST, { recursive: true, force: true });

const result = await build({
	absWorkingDir: ROOT,
	entryPoints: {
		cli: 'src/cli/main.ts',
		index: 'src/lib/engine/api.ts',
		train: 'src/lib/fast/api.ts',
		'node-helper-entry': 'src/lib/fast/kernels/node-helper-entry.ts'
	},
	outdir: DIST,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Chunks sit beside the entries: the helper thread is found as ./node-helper-entry.js.
	chunkNames: '[name]-[hash]',
	minify: process.env.BACKSTEP_NO_MINIFY ? false : true,
	legalComments: 'none',
	metafile: true,
	logLevel: 'warning'
});

writeFileSync(resolve(DIST, 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(Object.keys(result.metafile.inputs)));

const tsc = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
addExtensions(resolve(DIST, 'types'));

/**
 * The declarations keep the sources' extensionless relative imports, which Node's own module
 * resolution (TypeScript's "nodenext") cannot follow; each becomes the file it names, with .js.
 */
function addExtensions(folder) {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = resolve(folder, entry.name);
		if (entry.isDirectory()) addExtensions(path);
		else if (entry.name.endsWith('.d.ts')) {
			const text = readFileSync(path, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\2/g, (all, lead, quote, spec) => {
				if (spec.endsWith('.js')) return all;
				const base = resolve(folder, spec.replace(/\.ts$/, ''));
				const target = existsSync(`${base}.d.ts`) ? `${spec.replace(/\.ts$/, '')}.js` : existsSync(resolve(base, 'index.d.ts')) ? `${spec}/index.js` : spec;
				return `${lead}${quote}${target}${quote}`;
			});
			writeFileSync(path, text);
		}
	}
}

/** The licence of every package bundled into dist/, from its own LICENSE file. */
function thirdPartyLicenses(inputs) {
	const packages = new Set();
	for (const input of inputs) {
		const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
		if (m) packages.add(m[1]);
	}
	const parts = [...packages].sort().map((name) => {
		const dir = resolve(ROOT, 'node_modules', name);
		const meta = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
		const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
		const text = file ? readFileSync(resolve(dir, file), 'utf8').trim() : `Licence: ${meta.license ?? 'unknown'}`;
		return `${name} ${meta.version} (${meta.license ?? 'see below'})\n${'-'.repeat(60)}\n${text}\n`;
	});
	return `Packages bundled into Backstep's compiled command and library (dist/):\n\n${parts.join('\n')}`;
}
