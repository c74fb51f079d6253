import { describe, expect, it } from 'vitest';
import { detectLanguage, fill, isLang, LANGS, MESSAGES, translate } from '../../src/lib/i18n';
import { en } from '../../src/lib/i18n/en';

const keys = Object.keys(en).sort();
const params = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, (?:plural|number))/g)].map((m) => m[1]))].sort();

describe('messages', () => {
	it.each(LANGS)('%s has exactly the keys of the English table', (lang) => {
		expect(Object.keys(MESSAGES[lang]).sort()).toEqual(keys);
	});

	it.each(LANGS)('%s has no empty message', (lang) => {
		for (const key of keys) expect(MESSAGES[lang][key as keyof typeof en].trim(), key).not.toBe('');
	});

	it('every zh-TW message takes the same {parameters} as its English one', () => {
		for (const key of keys) {
			const k = key as keyof typeof en;
			expect(params(MESSAGES['zh-TW'][k]), key).toEqual(params(en[k]));
		}
	});

	it('zh-TW uses the course terms for the course concepts', () => {
		const zh = MESSAGES['zh-TW'];
		expect(zh['edit.activation']).toBe('激勵函數');
		expect(zh['edit.loss']).toBe('損失函數');
		expect(zh['edit.optimizer']).toBe('優化器');
		expect(zh['phase.forward']).toBe('正向傳導');
		expect(zh['phase.backward']).toBe('反向傳導');
		expect(zh['edit.weight']).toBe('權重');
		expect(zh['edit.bias']).toBe('偏差值');
		expect(zh['edit.learningRate']).toBe('學習率');
	});
});

describe('translate', () => {
	it('fills in parameters by name', () => {
		expect(translate('en', 'controls.position', { n: 3, total: 40 })).toBe('Step 3 of 40');
		expect(translate('zh-TW', 'controls.position', { n: 3, total: 40 })).toBe('第 3 步，共 40 步');
	});

	it('writes numbers and plural forms for the language', () => {
		expect(fill('{n, plural, one {# neuron} other {# neurons}}', { n: 1 }, 'en')).toBe('1 neuron');
		expect(fill('{n, plural, one {# neuron} other {# neurons}}', { n: 12345 }, 'en')).toBe('12,345 neurons');
		expect(fill('{n, plural, =0 {no neurons} one {# neuron} other {# neurons}}', { n: 0 }, 'en')).toBe('no neurons');
		expect(fill('{n, plural, other {# 個神經元}}', { n: 1 }, 'zh-TW')).toBe('1 個神經元');
		expect(fill('Step {n} of {total, number}', { n: 1, total: 812673 }, 'en')).toBe('Step 1 of 812,673');
		expect(fill('{x, number}', { x: 0.0001 }, 'en')).toBe('0.0001');
		expect(fill('{n, plural, one {# neuron} other {# neurons}}', {}, 'en')).toBe('{n, plural, one {# neuron} other {# neurons}}');
	});

	it('leaves a parameter it was not given as written', () => {
		expect(translate('en', 'controls.position', { n: 3 })).toBe('Step 3 of {total, number}');
	});

	it('does not read parameters from the prototype chain', () => {
		expect(translate('en', 'edit.refused', {})).toBe('Not applied: {reason}');
		expect(translate('en', 'edit.param', { name: 'constructor' })).toBe('constructor');
	});
});

describe('detectLanguage', () => {
	it('picks Traditional Chinese for Taiwan, Hong Kong and Hant tags', () => {
		for (const tag of ['zh-TW', 'zh-tw', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh']) {
			expect(detectLanguage([tag]), tag).toBe('zh-TW');
		}
	});

	it('takes the first preference it supports', () => {
		expect(detectLanguage(['fr-FR', 'en-GB', 'zh-TW'])).toBe('en');
		expect(detectLanguage(['fr-FR', 'zh-TW', 'en'])).toBe('zh-TW');
	});

	it('skips Simplified Chinese and falls back to English', () => {
		expect(detectLanguage(['zh-CN'])).toBe('en');
		expect(detectLanguage([])).toBe('en');
	});

	it('isLang accepts only the two languages', () => {
		expect(isLang('en')).toBe(true);
		expect(isLang('zh-TW')).toBe(true);
		expect(isLang('zh-CN')).toBe(false);
		expect(isLang(null)).toBe(false);
	});
});
