// Files that ship beside the command (package.json, static/data/digits.bin), found from wherever
// the running code lives: src/cli/ in a checkout, dist/ once compiled, node_modules/backstep/dist/
// once installed. The package's root is the nearest folder above with a package.json.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageFile(relative: string): string {
	if (root === null) {
		let dir = dirname(fileURLToPath(import.meta.url));
		while (!existsSync(join(dir, 'package.json'))) {
			const up = dirname(dir);
			if (up === dir) throw new Error('backstep: cannot find its package.json');
			dir = up;
		}
		root = dir;
	}
	return join(root, relative);
}
