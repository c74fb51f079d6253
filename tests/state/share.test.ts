import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, hashFromLink, linkFromHash, readShare } from '../../src/lib/state/share';
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
