// Titles and descriptions in both languages: a plain string serves both, an {"en", "zh-TW"} object
// gives each its own, and the printers use the reader's language.

import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../../src/lib/engine/spec/encode';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { traceToText } from '../../../src/lib/engine/format/text';
import { traceToTex } from '../../../src/lib/engine/format/tex';

const base = {
	layers: [{ size: 1 }, { size: 1, activation: 'sigmoid', weights: [[0.5]] }],
	loss: 'half_sse',
	samples: [{ input: [1], target: [0] }]
};

describe('a network file’s title and description', () => {
	it('reads {"en", "zh-TW"} and prints each language’s own title, and writes it back', () => {
		const net = validateNetwork({ ...base, title: { en: 'Tiny', 'zh-TW': '小網路' }, description: { en: 'One weight.', 'zh-TW': '一個權重。' } });
		expect(net.title).toBe('Tiny');
		expect(traceToText(buildTrace(net), 'zh-TW').split('\n')[0]).toBe('小網路');
		expect(traceToText(buildTrace(net), 'en').split('\n')[0]).toBe('Tiny');
		expect(traceToTex(buildTrace(net), 'zh-TW')).toContain('\\usepackage{xeCJK}');
		expect(networkToJson(net)).toMatchObject({ title: { en: 'Tiny', 'zh-TW': '小網路' }, description: { en: 'One weight.', 'zh-TW': '一個權重。' } });
	});

	it('takes a plain string for both languages', () => {
		const net = validateNetwork({ ...base, title: 'Tiny' });
		expect(traceToText(buildTrace(net), 'zh-TW').split('\n')[0]).toBe('Tiny');
		expect(networkToJson(net).title).toBe('Tiny');
	});

	it('refuses half a translation and a stray language with the place named', () => {
		expect(() => validateNetwork({ ...base, title: { en: 'Tiny' } })).toThrow('title: give the text in both languages: {"en": "…", "zh-TW": "…"}');
		expect(() => validateNetwork({ ...base, title: { en: 'a', 'zh-TW': 'b', fr: 'c' } })).toThrow(/^title\.fr: unknown key/);
		expect(() => validateNetwork({ ...base, description: { en: 'a', 'zh-TW': 3 } })).toThrow('description["zh-TW"]: expected a string, got 3');
	});
});
