import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, hashFromLink, labHashOf, linkFromHash, readShare, stepFromHash } from '../../src/lib/state/share';
import type { NetworkJson } from '../../src/lib/state/network-json';
import { COURSE_JSON } from '../components/fixtures';

describe('the hash', () => {
	it('holds the link under state=', () => {
		expect(linkFromHash('#state=abc-_')).toBe('abc-_');
		expect(hashFromLink('abc')).toBe('#state=abc');
		expect(linkFromHash('')).toBeNull();
		expect(linkFromHash('#top')).toBeNull();
		expect(linkFromHash('#state=')).toBe('');
	});
});

describe('the step beside the link', () => {
	it('is written after the link past the first step, and the link itself stays the same', async () => {
		const view = { network: COURSE_JSON as unknown as NetworkJson, rounding: true, lang: 'en' as const };
		const first = await labHashOf({ ...view, step: 0 });
		const later = await labHashOf({ ...view, step: 12 });
		expect(later).toBe(`${first}&step=12`);
		expect(linkFromHash(later)).toBe(linkFromHash(first));
		expect(stepFromHash(later)).toBe(12);
		expect(stepFromHash(first)).toBeNull();
	});

	it('is read only as a whole number', () => {
		for (const bad of ['#state=a&step=-1', '#state=a&step=1.5', '#state=a&step=1e3', '#state=a&step=', '#state=a&step=9999999999', '#state=a&step=%00']) {
			expect(stepFromHash(bad), bad).toBeNull();
		}
		expect(stepFromHash('state=a&step=007')).toBe(7);
	});

	it('links made before it (the step inside) still open at their step', async () => {
		const state = { network: COURSE_JSON as unknown as NetworkJson, step: 7, rounding: false, lang: 'zh-TW' as const };
		const hash = hashFromLink(await encodeShare(state));
		expect(stepFromHash(hash)).toBeNull();
		expect((await decodeShare(linkFromHash(hash)!)).step).toBe(7);
	});
});

describe('share links', () => {
	it('round-trip the network, step, rounding and language', async () => {
		const state = { network: COURSE_JSON as unknown as NetworkJson, step: 7, rounding: false, lang: 'zh-TW' as const };
		expect(await decodeShare(await encodeShare(state))).toEqual(state);
	});

	it('refuse garbage with the reason', async () => {
		await expect(decodeShare('<garbage>')).rejects.toThrow(/the link is damaged/);
		await expect(decodeShare('')).rejects.toThrow(/empty/);
	});

	it('read only what they expect from the decoded JSON', () => {
		expect(() => readShare([1, 2])).toThrow(/does not hold a saved state/);
		expect(() => readShare({ v: 2, network: {} })).toThrow(/unknown link version/);
		expect(() => readShare({ v: 1 })).toThrow(/no network/);
		expect(readShare({ v: 1, network: {}, step: -3, rounding: 'yes', lang: 'xx' })).toEqual({
			network: {},
			step: 0,
			rounding: false,
			lang: null
		});
	});
});
