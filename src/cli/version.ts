// The version printed by `backstep --version`: package.json's, read once.

import { readFileSync } from 'node:fs';
import { packageFile } from './package-root';

export function version(): string {
	const text = readFileSync(packageFile('package.json'), 'utf8');
	return (JSON.parse(text) as { version: string }).version;
}
