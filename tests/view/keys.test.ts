import { describe, expect, it } from 'vitest';
import { isKeyboardTarget, stepKey } from '../../src/lib/view/keys';

/** Just enough of an Element for `closest`. */
function element(matches: string[]): EventTarget {
	return { closest: (selector: string) => (selector.split(', ').some((s) => matches.includes(s)) ? {} : null) } as unknown as EventTarget;
}

describe('stepKey', () => {
	it('maps ← → Home End Space to stepping', () => {
		expect(['ArrowRight', 'ArrowLeft', 'Home', 'End', ' '].map(stepKey)).toEqual(['next', 'prev', 'first', 'last', 'play']);
		expect(stepKey('a')).toBeNull();
	});
});

describe('isKeyboardTarget', () => {
	it('leaves every stepping key to text fields and selects', () => {
		expect(isKeyboardTarget(element(['input']), 'ArrowRight')).toBe(true);
		expect(isKeyboardTarget(element(['select']), ' ')).toBe(true);
	});

	it('leaves Space to buttons but steps with the arrows while a button has focus', () => {
		expect(isKeyboardTarget(element(['button']), ' ')).toBe(true);
		expect(isKeyboardTarget(element(['button']), 'ArrowRight')).toBe(false);
		expect(isKeyboardTarget(element(['[role="radio"]']), 'End')).toBe(false);
	});

	it('steps when nothing in particular has focus', () => {
		expect(isKeyboardTarget(element([]), ' ')).toBe(false);
		expect(isKeyboardTarget(null, ' ')).toBe(false);
	});
});
