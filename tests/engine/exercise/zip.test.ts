import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../../src/lib/engine/exercise/zip';

describe('zipFiles', () => {
	it('computes the CRC-32 of the standard check string', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('writes an archive that Python\'s zipfile reads back, UTF-8 names included', () => {
		const files = [
			{ name: 'variant-001.json', text: '{"a": 1}\n' },
			{ name: 'key.html', text: '<p>解答</p>' },
			{ name: '練習.txt', text: '' }
		];
		const dir = mkdtempSync(join(tmpdir(), 'zip-'));
		const path = join(dir, 'set.zip');
		writeFileSync(path, zipFiles(files));
		const script = 'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps([[i.filename, z.read(i).decode()] for i in z.infolist()]))';
		const out = execFileSync('python3', ['-c', script, path], { encoding: 'utf8' });
		expect(JSON.parse(out)).toEqual(files.map((f) => [f.name, f.text]));
		expect(readFileSync(path).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 3, 4]));
	});
});
