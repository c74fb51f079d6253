// Small readers and writers of the perceptron page's fields and plot.

/** A typed positive number (a whole one when `integer`), or null for anything else. */
export function positive(text: string, integer: boolean): number | null {
	const v = Number(text.trim());
	return text.trim() !== '' && Number.isFinite(v) && v > 0 && (!integer || Number.isInteger(v)) ? v : null;
}

/** `x_1` → `x₁` for the plot's axes (SVG text, not TeX). */
export function plainLabel(tex: string): string {
	return tex.replace(/_\{?(\d+)\}?/, (_, d: string) => [...d].map((c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]).join(''));
}
