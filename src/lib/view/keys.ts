// Keyboard stepping: ← → one step, Home / End the ends, Space plays or pauses — except while the
// user is typing or working a control that uses those keys itself.

export type StepAction = 'next' | 'prev' | 'first' | 'last' | 'play';

export function stepKey(key: string): StepAction | null {
	switch (key) {
		case 'ArrowRight':
			return 'next';
		case 'ArrowLeft':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case ' ':
		case 'Spacebar':
			return 'play';
		default:
			return null;
	}
}

/**
 * Does the focused element use this key itself? Text fields, selects and sliders use the arrows,
 * Home and End, and so do the tabs of a tablist (they move between tabs); buttons also use Space
 * (to press them).
 */
export function isKeyboardTarget(target: EventTarget | null, key: string): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const el = target as Element;
	if (el.closest('input, select, textarea, [contenteditable="true"], [role="tab"]')) return true;
	return stepKey(key) === 'play' && el.closest('button, [role="button"], [role="tab"], [role="radio"], a') !== null;
}
