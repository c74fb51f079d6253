import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../../src/lib/engine/spec/encode';
import { Rng } from '../../../src/lib/engine/spec/random';
import { decodeState, encodeState, fromBase64Url, MAX_LINK_CHARS, toBase64Url } from '../../../src/lib/engine/spec/url';
import { validateNetwork } from '../../../src/lib/engine/spec/validate';
import { courseFile } from './fixtures';

async function messageOf(link: string): Promise<string> {
	try {
		await decodeState(link);
	} catch (e) {
		return (e as Error).message;
	}
	throw new Error('no error');
}

const linkOf = (bytes: Uint8Array) => toBase64Url(bytes);

describe('base64url', () => {
	it('agrees with Node for every length of a random byte string', () => {
		const r = new Rng(1);
		for (let n = 0; n < 40; n++) {
			const bytes = Uint8Array.from({ length: n }, () => r.int(256));
			const expected = Buffer.from(bytes).toString('base64url');
			expect(toBase64Url(bytes)).toBe(expected);
			expect(Array.from(fromBase64Url(expected))).toEqual(Array.from(bytes));
		}
	});
});

describe('encodeState / decodeState', () => {
	it('round-trips the course network and its validation', async () => {
		const state = { network: networkToJson(validateNetwork(courseFile())), step: 12, lang: 'zh-TW' };
		const link = await encodeState(state);
		expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeState(link)).toEqual(state);
		expect(validateNetwork((await decodeState(link) as typeof state).network)).toEqual(validateNetwork(courseFile()));
	});

	it('round-trips text in any script', async () => {
		const state = { title: '隱藏層 α → ∂E/∂w 😀', n: [1.5e-300, -0, 0.1] };
		expect(await decodeState(await encodeState(state))).toEqual({ ...state, n: [1.5e-300, 0, 0.1] });
	});

	it('compresses: the course network fits in a few hundred characters', async () => {
		const link = await encodeState(networkToJson(validateNetwork(courseFile())));
		expect(link.length).toBeLessThan(600);
	});

	it('refuses to encode a state too large for a link', async () => {
		const r = new Rng(2);
		const noise = Array.from({ length: 20000 }, () => r.uniform());
		await expect(encodeState(noise)).rejects.toThrow(/^the network is too large to share as a link \(\d+ characters, more than 65536\); save it as a file instead$/);
	});

	it.each([
		['', 'the link is damaged: it is empty'],
		['abc!', 'the link is damaged: it contains "!", which is not a link character'],
		['ab+/', 'the link is damaged: it contains "+", which is not a link character'],
		['abcd=', 'the link is damaged: it contains "=", which is not a link character'],
		['a', 'the link is damaged: its length is impossible for base64 (a character is missing or extra)'],
		['AAAA', 'the link is damaged: its data cannot be unpacked (it was cut short or altered)'],
		['SGVsbG8gd29ybGQ', 'the link is damaged: its data cannot be unpacked (it was cut short or altered)']
	])('reports the garbage link %j', async (link, message) => {
		expect(await messageOf(link)).toBe(message);
	});

	it('reports a link that is too long before reading it', async () => {
		expect(await messageOf('x'.repeat(MAX_LINK_CHARS + 1))).toBe('the link is damaged: it is 65537 characters long, more than the 65536 a link may have');
	});

	it('reports a link cut short', async () => {
		const link = await encodeState({ layers: [1, 2, 3], title: 'a'.repeat(200) });
		expect(await messageOf(link.slice(0, link.length - 6))).toBe('the link is damaged: its data cannot be unpacked (it was cut short or altered)');
	});

	it('reports packed data that is not JSON, or not UTF-8', async () => {
		expect(await messageOf(linkOf(deflateRawSync(Buffer.from('{"a": ')))))
			.toBe('the link is damaged: its data is not valid JSON');
		expect(await messageOf(linkOf(deflateRawSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])))))
			.toBe('the link is damaged: its data is not text');
	});

	it('stops unpacking a small link that expands past 4 MB', async () => {
		const bomb = linkOf(deflateRawSync(Buffer.alloc(40 * 1024 * 1024, 32)));
		expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
		expect(await messageOf(bomb)).toBe('the link is damaged: it unpacks to more than 4 MB');
	});

	it('only parses: a link holding code gives back a string, never runs it', async () => {
		const link = linkOf(deflateRawSync(Buffer.from(JSON.stringify('globalThis.pwned = 1'))));
		expect(await decodeState(link)).toBe('globalThis.pwned = 1');
		expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
	});
});
