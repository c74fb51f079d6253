// A Svelte action for a box that scrolls sideways (a wide table, long display maths, code): while
// its content overflows, the box takes keyboard focus (tabindex 0) so that arrow keys can scroll it,
// as WCAG 2.1.1 asks; when everything fits it is left out of the tab order. Reading overflow lays the
// page out, so every box waiting for a check is checked at once, all reads before any write, and
// just after a frame is drawn, when the layout is fresh: one layout for a page of thousands of
// boxes, and none of its own (read in the frame, before other scripts write, it lays the page out a
// second time).

const pending = new Set<HTMLElement>();
let frame = 0;

function checkAll(): void {
	frame = 0;
	const boxes = [...pending];
	pending.clear();
	const overflows = boxes.map((n) => n.isConnected && (n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1));
	boxes.forEach((n, i) => {
		if (overflows[i] && n.tabIndex !== 0) n.tabIndex = 0;
		else if (!overflows[i] && n.hasAttribute('tabindex')) n.removeAttribute('tabindex');
	});
}

function schedule(node: HTMLElement): void {
	pending.add(node);
	if (frame === 0) frame = requestAnimationFrame(() => setTimeout(checkAll, 0));
}

export function focusableWhenScrolling(node: HTMLElement, enabled = true): { update(enabled: boolean): void; destroy(): void } {
	let observers: { disconnect(): void }[] = [];
	const stop = () => {
		for (const o of observers) o.disconnect();
		observers = [];
		pending.delete(node);
	};
	const start = () => {
		const changed = () => schedule(node);
		const resized = new ResizeObserver(changed);
		resized.observe(node);
		const mutated = new MutationObserver(changed);
		mutated.observe(node, { childList: true, subtree: true, characterData: true });
		observers = [resized, mutated];
		schedule(node);
	};
	if (enabled) start();
	return {
		update(now: boolean) {
			if (now === observers.length > 0) return;
			if (now) start();
			else {
				stop();
				if (node.hasAttribute('tabindex')) node.removeAttribute('tabindex');
			}
		},
		destroy: stop
	};
}
