// Share links: any JSON-able state → JSON text → UTF-8 → deflate-raw (the CompressionStream web API,
// in browsers and Node ≥ 20.12) → URL-safe base64 without padding (RFC 4648 §5), and back. A link is
// untrusted: decoding only ever parses JSON (never evaluates anything), bounds both the link's length
// and the unpacked size (a small link can unpack to gigabytes), and reports garbage as an InputError
// 'the link is damaged: …'. The decoded value is still unchecked: pass it to validateNetwork.

import { InputError } from './errors';

/** Longest link payload written or read, in characters. */
export const MAX_LINK_CHARS = 65536;
/** Largest unpacked JSON text accepted, in bytes. */
export const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		// Three bytes → 24 bits → four 6-bit digits; a short final group gives two or three digits.
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const digits = Math.min(4, bytes.length - i + 1);
		for (let d = 0; d < digits; d++) out += ALPHABET[(n >> (18 - 6 * d)) & 63];
	}
	return out;
}

function damaged(why: string): InputError {
	return new InputError('', `the link is damaged: ${why}`);
}

export function fromBase64Url(s: string): Uint8Array {
	for (const c of s) {
		if (!VALUE.has(c)) throw damaged(`it contains ${JSON.stringify(c)}, which is not a link character`);
	}
	if (s.length % 4 === 1) throw damaged('its length is impossible for base64 (a character is missing or extra)');
	const bytes = new Uint8Array(Math.floor((s.length * 3) / 4));
	let n = 0;
	let bits = 0;
	let k = 0;
	for (const c of s) {
		n = (n << 6) | (VALUE.get(c) as number);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[k++] = (n >> bits) & 255;
		}
	}
	return bytes;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
	const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			await reader.cancel().catch(() => undefined);
			throw new RangeError('over the limit');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.length;
	}
	return out;
}

/** The state as a URL-safe string; an InputError when the link would be too long to share. */
export async function encodeState(state: unknown): Promise<string> {
	const json = JSON.stringify(state);
	if (json === undefined) throw new TypeError('encodeState: the state has no JSON form');
	const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
	const link = toBase64Url(packed);
	if (link.length > MAX_LINK_CHARS) {
		throw new InputError('', `the network is too large to share as a link (${link.length} characters, more than ${MAX_LINK_CHARS}); save it as a file instead`);
	}
	return link;
}

/** The state a link holds, as parsed JSON (unchecked), or an InputError saying what is wrong with it. */
export async function decodeState(link: string): Promise<unknown> {
	if (link.length === 0) throw damaged('it is empty');
	if (link.length > MAX_LINK_CHARS) throw damaged(`it is ${link.length} characters long, more than the ${MAX_LINK_CHARS} a link may have`);
	const packed = fromBase64Url(link);
	let bytes: Uint8Array;
	try {
		bytes = await pipe(packed, new DecompressionStream('deflate-raw'), MAX_UNPACKED_BYTES);
	} catch (e) {
		if (e instanceof RangeError) throw damaged(`it unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB`);
		throw damaged('its data cannot be unpacked (it was cut short or altered)');
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw damaged('its data is not text');
	}
	try {
		return JSON.parse(text);
	} catch {
		throw damaged('its data is not valid JSON');
	}
}
