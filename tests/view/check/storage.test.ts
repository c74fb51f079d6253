import { describe, expect, it } from 'vitest';
import { hashText, readSaved, STORAGE_PREFIX, storageKey, writeSaved } from '../../../src/lib/view/check/storage';

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

describe('the storage key of a network', () => {
	it('is the same for the same JSON and differs when a weight changes', () => {
		const a = JSON.stringify({ layers: [{ size: 2, weights: [[0.1, 0.2]] }] });
		const b = JSON.stringify({ layers: [{ size: 2, weights: [[0.1, 0.3]] }] });
		expect(storageKey(a)).toBe(storageKey(a));
		expect(storageKey(a)).not.toBe(storageKey(b));
		expect(storageKey(a).startsWith(STORAGE_PREFIX)).toBe(true);
		expect(hashText(a)).toMatch(/^[0-9a-f]{14}$/);
	});

	it('spreads a thousand similar texts over a thousand hashes', () => {
		const hashes = new Set(Array.from({ length: 1000 }, (_, k) => hashText(`{"w":${k / 1000}}`)));
		expect(hashes.size).toBe(1000);
	});
});

describe('saving and restoring answers', () => {
	it('restores exactly what was typed, blank answers left out', () => {
		const store = new MapStore();
		writeSaved(store, 'k', { typed: { 'a[1][1]': '0.560', 'a[1][2]': '  ' }, extra: [{ key: 'q', value: 1, written: '1.0' }] });
		expect(readSaved(store, 'k')).toEqual({ typed: { 'a[1][1]': '0.560' }, extra: [{ key: 'q', value: 1, written: '1.0' }] });
	});

	it('has nothing for a network never answered, and removes the entry of a cleared sheet', () => {
		const store = new MapStore();
		expect(readSaved(store, 'k')).toBeNull();
		writeSaved(store, 'k', { typed: { E: '0.21' }, extra: [] });
		writeSaved(store, 'k', { typed: {}, extra: [] });
		expect(store.map.has('k')).toBe(false);
	});

	it('ignores a corrupt entry with a reason instead of throwing', () => {
		const store = new MapStore();
		const cases: [string, RegExp][] = [
			['{not json', /not JSON/],
			['[1,2]', /not an object/],
			['{"v":2,"typed":{}}', /version/],
			['{"v":1}', /no answers/],
			['{"v":1,"typed":{"E":0.21}}', /not text/],
			['{"v":1,"typed":{},"extra":[{"key":"E","value":"x"}]}', /extra/]
		];
		for (const [text, reason] of cases) {
			store.setItem('k', text);
			const r = readSaved(store, 'k');
			expect(r && 'error' in r ? r.error : null).toMatch(reason);
		}
	});

	it('survives a storage that throws (disabled or full)', () => {
		const broken = {
			getItem(): string | null {
				throw new Error('SecurityError');
			},
			setItem(): void {
				throw new Error('QuotaExceededError');
			}
		};
		expect(readSaved(broken, 'k')).toEqual({ error: 'SecurityError' });
		expect(writeSaved(broken, 'k', { typed: { E: '1' }, extra: [] })).toBe('refused');
	});

	it('says why answers were not saved: storage full, refused, or none at all', () => {
		const full = {
			getItem: () => null,
			setItem(): void {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		};
		const typed = { typed: { E: '0.21' }, extra: [] };
		expect(writeSaved(full, 'k', typed)).toBe('full');
		expect(writeSaved(null, 'k', typed)).toBe('unavailable');
		expect(writeSaved(null, 'k', { typed: {}, extra: [] })).toBeNull();
		expect(writeSaved(new MapStore(), 'k', typed)).toBeNull();
	});
});
