import { describe, expect, it } from 'vitest';
import { exerciseFiles, keyJson } from '../../../src/lib/engine/exercise/files';
import { generateExercises } from '../../../src/lib/engine/exercise/generate';
import { variantLink } from '../../../src/lib/engine/exercise/link';
import { esc } from '../../../src/lib/engine/exercise/print/html';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { decodeState } from '../../../src/lib/engine/spec/url';
import { course } from './templates';

describe('printed worksheets', () => {
	it('escape & < > " and \' in every text from the file', () => {
		expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});

	it('carry a hostile title only as text', async () => {
		const evil = `<script>alert("x")</script><img src=x onerror='y'>`;
		const set = generateExercises({ ...course(), title: evil, titles: undefined }, 2, 3);
		const files = await exerciseFiles(set, { site: 'https://example.org/', lang: 'en', seed: 3 });
		for (const f of files.filter((f) => f.name.endsWith('.html'))) {
			expect(f.text).not.toContain('<script>');
			expect(f.text).not.toContain('<img');
			expect(f.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		}
	});

	it('write one worksheet page and one key page per variant, in both languages, with a QR code each', async () => {
		const set = generateExercises(course(), 3, 5);
		for (const lang of ['en', 'zh-TW'] as const) {
			const files = await exerciseFiles(set, { site: 'https://example.org/b/', lang, seed: 5 });
			expect(files.map((f) => f.name)).toEqual(['variant-001.json', 'variant-002.json', 'variant-003.json', 'key.json', 'worksheets.html', 'key.html']);
			const sheets = files.find((f) => f.name === 'worksheets.html')!.text;
			expect(sheets.match(/<section class="page">/g)).toHaveLength(3);
			expect(sheets.match(/<svg class="net"/g)).toHaveLength(3);
			expect(sheets.match(/shape-rendering="crispEdges"/g)).toHaveLength(3);
			expect(sheets).toContain(lang === 'en' ? 'Your answers' : '作答欄');
			const key = files.find((f) => f.name === 'key.html')!.text;
			expect(key.match(/<section class="page">/g)).toHaveLength(3);
			expect(key).toContain(lang === 'en' ? 'Forward pass' : '正向傳導');
			expect(JSON.parse(files.find((f) => f.name === 'key.json')!.text)).toEqual(keyJson(set));
			// Each variant file is a network file that reads back as the variant.
			expect(validateNetwork(JSON.parse(files[0].text))).toEqual(set.variants[0].network);
		}
	});

	it('link each variant to /check with the share state /check reads', async () => {
		const set = generateExercises(course(), 1, 9);
		const link = await variantLink('https://example.org/b', set.variants[0], 'zh-TW');
		expect(link).toMatch(/^https:\/\/example\.org\/b\/check#state=[A-Za-z0-9_-]+$/);
		const state = (await decodeState(link.split('#state=')[1])) as Record<string, unknown>;
		expect(state).toMatchObject({ v: 1, step: 0, rounding: true, lang: 'zh-TW' });
		const { description: _, ...net } = set.variants[0].network;
		expect(validateNetwork(state.network)).toEqual(net);
	});

	it('key.json gives each variant\'s asked quantities by key', () => {
		const set = generateExercises(course(), 2, 11);
		const key = keyJson(set);
		expect(Object.keys(key)).toEqual(['variant-001', 'variant-002']);
		expect(Object.keys(key['variant-001'])).toContain('H_1');
		expect(key['variant-001'].H_1).toBe(set.variants[0].exact.values['a[1][1]'] > 0 ? set.variants[0].answers[0].value : NaN);
	});
});
