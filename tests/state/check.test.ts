import { describe, expect, it } from 'vitest';
import { CheckState } from '../../src/lib/state/check.svelte.ts';
import { DEFAULT_NETWORK } from '../../src/lib/state/lab.svelte.ts';
import { encodeShare, hashFromLink } from '../../src/lib/state/share';
import type { NetworkJson } from '../../src/lib/state/network-json';
import { readFileSync } from 'node:fs';

class MapStore {
	map = new Map<string, string>();
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

const sheetText = readFileSync(new URL('../../static/examples/answers/course-sheet.json', import.meta.url), 'utf8');

describe('CheckState', () => {
	it('builds the exact and the hand trace once when a rounding network is opened', () => {
		const s = new CheckState(new MapStore());
		s.open(DEFAULT_NETWORK, true);
		expect(s.exact?.network.rounding).toBeNull();
		expect(s.hand?.network.rounding).toEqual({ decimals: 2 });
		expect(s.rows.length).toBe(s.exact?.steps.length);
		s.open(DEFAULT_NETWORK, false);
		expect(s.hand).toBeNull();
	});

	it('marks a pasted course sheet and shows its verdicts on the diagram', () => {
		const s = new CheckState(new MapStore());
		s.open(DEFAULT_NETWORK, true);
		expect(s.paste(sheetText)).toEqual({ read: 15, unrecognised: 0 });
		expect(s.typed['a[1][1]']).toBe('0.56');
		expect(s.marked?.byId.get('dE/dw[1][1][2]')?.verdict).toBe('wrong');
		expect(s.verdicts.get('e1-1-1')).toBe('wrong');
		expect(s.verdicts.get('n1-1')).toBe('correct');
		expect(s.blank).toBe(s.rows.length - 15);
	});

	it('says at once when the browser cannot save the answers, and gives them as a file that reads back', () => {
		class FullStore extends MapStore {
			full = true;
			setItem(k: string, v: string) {
				if (this.full) throw new DOMException('quota', 'QuotaExceededError');
				super.setItem(k, v);
			}
		}
		const store = new FullStore();
		const s = new CheckState(store);
		s.open(DEFAULT_NETWORK, true);
		s.setAnswer('a[1][1]', '0.560');
		s.setAnswer('E', ' 0.2 ');
		expect(s.saveFailure).toBe('full');
		expect(s.typed['a[1][1]']).toBe('0.560');
		const again = new CheckState(new MapStore());
		again.open(DEFAULT_NETWORK, true);
		again.paste(s.answersFile());
		expect(again.typed).toEqual({ 'a[1][1]': '0.560', E: '0.2' });
		store.full = false;
		s.setAnswer('E', '0.21');
		expect(s.saveFailure).toBeNull();
	});

	it('restores the answers typed for a network when it is opened again, and not for another network', () => {
		const store = new MapStore();
		const a = new CheckState(store);
		a.open(DEFAULT_NETWORK, true);
		a.setAnswer('a[1][1]', '0.560');
		const b = new CheckState(store);
		b.open(DEFAULT_NETWORK, true);
		expect(b.typed).toEqual({ 'a[1][1]': '0.560' });
		expect(b.storageNote).toEqual({ kind: 'restored' });
		const other = structuredClone(DEFAULT_NETWORK) as NetworkJson;
		other.layers[1].weights![0][0] = 0.9;
		b.open(other, true);
		expect(b.typed).toEqual({});
		expect(b.storageNote).toBeNull();
	});

	it('ignores a corrupt saved entry with a message and starts blank', () => {
		const store = new MapStore();
		const a = new CheckState(store);
		a.open(DEFAULT_NETWORK, true);
		a.setAnswer('E', '0.21');
		const [key] = [...store.map.keys()];
		store.setItem(key, '{"v":1,"typed":');
		const b = new CheckState(store);
		b.open(DEFAULT_NETWORK, true);
		expect(b.typed).toEqual({});
		expect(b.storageNote).toEqual({ kind: 'corrupt', reason: 'not JSON' });
	});

	it('opens the network of a lab link (#state=…) and gives the link back to the lab', async () => {
		const s = new CheckState(null);
		const hash = hashFromLink(await encodeShare({ network: DEFAULT_NETWORK, step: 5, rounding: true, lang: 'zh-TW' }));
		await expect(s.openHash(hash)).resolves.toBe('zh-TW');
		expect(s.network?.rounding).toEqual({ decimals: 2 });
		await expect(s.openHash('#other')).resolves.toBeUndefined();
		const back = await s.labHash('en');
		expect(back?.startsWith('#state=')).toBe(true);
		const again = new CheckState(null);
		await again.openHash(back!);
		expect(again.json).toEqual(s.json);
	});

	it('refuses an invalid network with the validator\'s reason and keeps the one it had', () => {
		const s = new CheckState(null);
		s.open(DEFAULT_NETWORK, true);
		expect(() => s.open({ layers: [], samples: [] }, true)).toThrow();
		expect(s.network?.title).toBe('Course example: 2-2-2 sigmoid network');
	});

	it('refuses a bad answers file and leaves the sheet as it was', () => {
		const s = new CheckState(null);
		s.open(DEFAULT_NETWORK, true);
		s.setAnswer('E', '0.21');
		expect(() => s.paste('{"H_1": "0.56"}')).toThrow(/expected a number/);
		expect(s.typed).toEqual({ E: '0.21' });
	});
});
