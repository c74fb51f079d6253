// What a line chart draws: series of points, marked points and lines, shaded bands.

export type Point = [number, number];

export interface Series {
	name: string;
	points: Point[];
	dashed?: boolean;
	color?: string;
}

export type Mark =
	| { kind: 'point'; x: number; y: number; label?: string; color?: string }
	| { kind: 'vline'; x: number; label?: string; color?: string }
	| { kind: 'hline'; y: number; label?: string; color?: string };

export interface Band {
	name: string;
	lower: Point[];
	upper: Point[];
	color?: string;
}

export const PALETTE = ['var(--pos)', 'var(--neg)', 'var(--update)', 'var(--loss)', 'var(--current)', 'var(--reads)'];
