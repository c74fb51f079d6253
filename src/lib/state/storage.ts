// The browser's localStorage, or null where there is none or it is refused: a page in a
// cross-site iframe (/embed in a course page) with third-party storage blocked throws a
// SecurityError on the mere read of `localStorage`.

export function browserStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
