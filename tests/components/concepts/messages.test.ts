import { describe, expect, it } from 'vitest';
import { ACTIVATIONS_MESSAGES, t as activationsT } from '../../../src/lib/i18n/pages/activations';
import { LOSSES_MESSAGES } from '../../../src/lib/i18n/pages/losses';
import { SUMMARY_MESSAGES } from '../../../src/lib/i18n/pages/summary';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
	['activations', ACTIVATIONS_MESSAGES],
	['losses', LOSSES_MESSAGES],
	['summary', SUMMARY_MESSAGES]
] as const)('the %s page messages', (_page, messages) => {
	it('have the same keys and the same {parameters} in English and Traditional Chinese', () => {
		const en = messages.en as Record<string, string>;
		const zh = messages['zh-TW'] as Record<string, string>;
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en)) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
	});

	it('are not left untranslated where the text is prose', () => {
		const en = messages.en as Record<string, string>;
		const zh = messages['zh-TW'] as Record<string, string>;
		for (const key of ['title', 'intro']) expect(zh[key], key).not.toBe(en[key]);
	});
});

describe('t', () => {
	it('fills parameters and leaves unknown ones as written', () => {
		expect(activationsT('en', 'probe.values', { x: '0', f: '0.5', df: '0.25' })).toBe('f(0) = 0.5, f′(0) = 0.25');
		expect(activationsT('zh-TW', 'param.rrelu', {})).toContain('{alpha}');
	});
});
