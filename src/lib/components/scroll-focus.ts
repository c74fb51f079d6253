// A Svelte action for a box that scrolls sideways (a wide table, long display maths, code): while
// its content overflows, the box takes keyboard focus (tabindex 0) so that arrow keys can scroll it,
// as WCAG 2.1.1 asks; when everything fits it is left out of the tab order.

export function focusableWhenScrolling(node: HTMLElement): { destroy(): void } {
	const update = () => {
		const overflows = node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1;
		if (overflows && node.tabIndex !== 0) node.tabIndex = 0;
		else if (!overflows && node.hasAttribute('tabindex')) node.removeAttribute('tabindex');
	};
	const resized = new ResizeObserver(update);
	resized.observe(node);
	const changed = new MutationObserver(update);
	changed.observe(node, { childList: true, subtree: true, characterData: true });
	update();
	return {
		destroy() {
			resized.disconnect();
			changed.disconnect();
		}
	};
}
