// The summary page's editable layer list: each field as typed, turned into a SequentialModel
// (engine/concepts/keras-code.ts) with a reason for each field that cannot be read.

import { KERAS_ACTIVATIONS, MAX_UNITS, type KerasActivation, type ModelLayer, type SequentialModel } from '$lib/engine/concepts/keras-code';

export interface LayerRow {
	/** A stable key for the each-block. */
	id: number;
	kind: 'dense' | 'dropout';
	units: string;
	activation: KerasActivation;
	useBias: boolean;
	/** leaky_relu, prelu, elu only. */
	alpha: string;
	rate: string;
}

export type RowError = 'units' | 'rate' | 'alpha';

/** Activations that take α here, and α's default (engine defaults: 0.01, 0.25, 1). */
export const ALPHA_DEFAULTS: Partial<Record<KerasActivation, number>> = { leaky_relu: 0.01, prelu: 0.25, elu: 1 };

let nextId = 1;

export function denseRow(units: number, activation: KerasActivation = 'relu', useBias = true): LayerRow {
	return { id: nextId++, kind: 'dense', units: String(units), activation, useBias, alpha: String(ALPHA_DEFAULTS[activation] ?? ''), rate: '0.2' };
}

export function dropoutRow(rate = 0.2): LayerRow {
	return { id: nextId++, kind: 'dropout', units: '10', activation: 'relu', useBias: true, alpha: '', rate: String(rate) };
}

/** The rows of a model (for the presets). */
export function rowsOf(model: SequentialModel): LayerRow[] {
	return model.layers.map((l) => (l.kind === 'dense' ? denseRow(l.units, l.activation, l.useBias) : dropoutRow(l.rate)));
}

function readLayer(row: LayerRow): ModelLayer | RowError {
	if (row.kind === 'dropout') {
		const rate = Number(row.rate);
		return row.rate.trim() !== '' && Number.isFinite(rate) && rate >= 0 && rate < 1 ? { kind: 'dropout', rate } : 'rate';
	}
	const units = Number(row.units);
	if (!/^\s*\d+\s*$/.test(row.units) || units < 1 || units > MAX_UNITS) return 'units';
	if (!(KERAS_ACTIVATIONS as readonly string[]).includes(row.activation)) return 'units';
	const layer: ModelLayer = { kind: 'dense', units, activation: row.activation, useBias: row.useBias };
	if (ALPHA_DEFAULTS[row.activation] !== undefined) {
		const alpha = Number(row.alpha);
		if (row.alpha.trim() === '' || !Number.isFinite(alpha)) return 'alpha';
		layer.alpha = alpha;
	}
	return layer;
}

/** The model, or the error of each row that cannot be read (by row id). */
export function readRows(inputShape: number[], rows: readonly LayerRow[]): { model: SequentialModel | null; errors: Map<number, RowError> } {
	const errors = new Map<number, RowError>();
	const layers: ModelLayer[] = [];
	for (const row of rows) {
		const l = readLayer(row);
		if (typeof l === 'string') errors.set(row.id, l);
		else layers.push(l);
	}
	return { model: errors.size === 0 ? { inputShape, layers } : null, errors };
}
