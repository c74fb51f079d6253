// Pulls the TeX out of printed Markdown and LaTeX, and renders it with KaTeX as the app does
// (throwOnError, trust false), so a test fails on any formula KaTeX cannot typeset.

import katex from 'katex';

export function renderKatex(tex: string, displayMode: boolean): string {
	return katex.renderToString(tex, { throwOnError: true, trust: false, displayMode, strict: 'error' });
}

/** Display blocks `$$ … $$` and inline `$…$` (an escaped `\$` is text) of a Markdown document. */
export function markdownMath(md: string): { display: string[]; inline: string[] } {
	const display = [...md.matchAll(/\$\$\n([\s\S]*?)\n\$\$/g)].map((m) => m[1]);
	const rest = md.replace(/\$\$\n[\s\S]*?\n\$\$/g, '');
	const inline = [...rest.matchAll(/(?<!\\)\$((?:\\.|[^$\\])+)\$/g)].map((m) => m[1]);
	return { display, inline };
}

/** align* bodies (as KaTeX `aligned`) and inline `$…$` of a LaTeX document body. */
export function latexMath(doc: string): { display: string[]; inline: string[] } {
	const display = [...doc.matchAll(/\\begin\{align\*\}\n([\s\S]*?)\n\\end\{align\*\}/g)].map(
		(m) => `\\begin{aligned}${m[1]}\\end{aligned}`
	);
	const body = doc.replace(/\\begin\{align\*\}[\s\S]*?\\end\{align\*\}/g, '');
	const inline = [...body.matchAll(/(?<!\\)\$((?:\\.|[^$\\])+)\$/g)].map((m) => m[1]);
	return { display, inline };
}

/** Renders every piece; returns the pieces KaTeX rejected with its message (empty when all render). */
export function katexFailures(math: { display: string[]; inline: string[] }): string[] {
	const failures: string[] = [];
	const tryRender = (tex: string, display: boolean) => {
		try {
			renderKatex(tex, display);
		} catch (e) {
			failures.push(`${tex}\n  → ${(e as Error).message}`);
		}
	};
	for (const t of math.display) tryRender(t, true);
	for (const t of math.inline) tryRender(t, false);
	return failures;
}
