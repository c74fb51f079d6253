import { describe, expect, it } from 'vitest';
import { watchAddress } from '../../src/lib/state/address';

function fakeWindow(pathname = '/') {
	const target = new EventTarget();
	return Object.assign(target, { location: { pathname } });
}

describe('watchAddress', () => {
	it('keeps a ticket while the address stays', () => {
		const w = fakeWindow();
		const here = watchAddress(w).ticket();
		expect(here()).toBe(true);
	});

	it('ends a ticket at a Back or Forward, or a hash typed in', () => {
		for (const event of ['popstate', 'hashchange']) {
			const w = fakeWindow();
			const watch = watchAddress(w);
			const here = watch.ticket();
			w.dispatchEvent(new Event(event));
			expect(here(), event).toBe(false);
			expect(watch.ticket()(), `a ticket taken after the ${event}`).toBe(true);
		}
	});

	it('ends a ticket when the page is another one', () => {
		const w = fakeWindow('/');
		const here = watchAddress(w).ticket();
		w.location.pathname = '/train';
		expect(here()).toBe(false);
	});

	it('stops listening when stopped', () => {
		const w = fakeWindow();
		const watch = watchAddress(w);
		const here = watch.ticket();
		watch.stop();
		w.dispatchEvent(new Event('popstate'));
		expect(here()).toBe(true);
	});
});
