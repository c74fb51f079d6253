// The built-in 2-D sets, after TensorFlow Playground's dataset.ts: circle, xor, gaussians, spiral
// (classification, labels 0/1) and a regression plane. Seeded; `noise` in [0, 1] like the
// Playground's 0–50 % slider.

import { Rng } from '../../engine/spec/random';
import type { Dataset } from './types';

export const TOY_SETS = ['circle', 'xor', 'gaussians', 'spiral', 'plane'] as const;
export type ToyName = (typeof TOY_SETS)[number];

export interface ToyOptions {
	count?: number;
	noise?: number;
	seed?: number;
}

function build(name: string, rows: [number, number, number][]): Dataset {
	return {
		name,
		count: rows.length,
		inputSize: 2,
		targetSize: 1,
		inputs: Float64Array.from(rows.flatMap(([x, y]) => [x, y])),
		targets: Float64Array.from(rows.map((r) => r[2])),
		columns: ['x1', 'x2', 'label']
	};
}

/** Points in [−6, 6]²; the label is what `name`'s rule says. */
export function toyDataset(name: ToyName, options: ToyOptions = {}): Dataset {
	const count = options.count ?? 400;
	const noise = options.noise ?? 0;
	const rng = new Rng(options.seed ?? 1, 0x4000 + TOY_SETS.indexOf(name));
	const half = Math.floor(count / 2);
	const rows: [number, number, number][] = [];
	switch (name) {
		case 'circle': {
			// Half the points inside radius 2.5, half on a ring from 3.5 to 5; noise jitters them by up to ±5·noise
			// and the label is 1 where the jittered point lies inside radius 2.5.
			const radius = 5;
			const point = (rMin: number, rMax: number) => {
				const r = rng.uniformIn(rMin, rMax);
				const angle = rng.uniformIn(0, 2 * Math.PI);
				const x = r * Math.sin(angle) + rng.uniformIn(-radius, radius) * noise;
				const y = r * Math.cos(angle) + rng.uniformIn(-radius, radius) * noise;
				rows.push([x, y, Math.hypot(x, y) < radius * 0.5 ? 1 : 0]);
			};
			for (let i = 0; i < half; i++) point(0, radius * 0.5);
			for (let i = half; i < count; i++) point(radius * 0.7, radius);
			break;
		}
		case 'xor': {
			// Quadrants: label 1 where x·y ≥ 0; points kept 0.3 away from the axes, as in the Playground.
			const pad = 0.3;
			for (let i = 0; i < count; i++) {
				let x = rng.uniformIn(-5, 5);
				x += x > 0 ? pad : -pad;
				let y = rng.uniformIn(-5, 5);
				y += y > 0 ? pad : -pad;
				const label = x * y >= 0 ? 1 : 0;
				rows.push([x + rng.uniformIn(-5, 5) * noise, y + rng.uniformIn(-5, 5) * noise, label]);
			}
			break;
		}
		case 'gaussians': {
			// Two blobs at (2, 2) and (−2, −2); their spread grows with the noise.
			const spread = 0.5 + 3.5 * noise;
			for (let i = 0; i < count; i++) {
				const label = i < half ? 1 : 0;
				const c = label ? 2 : -2;
				rows.push([c + rng.normal() * spread, c + rng.normal() * spread, label]);
			}
			break;
		}
		case 'spiral': {
			// Two interleaved arms r = 5t, angle 1.75 · 2π t + δ (δ = 0 or π).
			const arm = (delta: number, label: number, n: number) => {
				for (let i = 0; i < n; i++) {
					const r = (i / n) * 5;
					const t = ((1.75 * i) / n) * 2 * Math.PI + delta;
					rows.push([r * Math.sin(t) + rng.uniformIn(-1, 1) * noise, r * Math.cos(t) + rng.uniformIn(-1, 1) * noise, label]);
				}
			};
			arm(0, 1, half);
			arm(Math.PI, 0, count - half);
			break;
		}
		case 'plane': {
			// y = (x₁ + x₂) / 12, in [−1, 1], plus noise.
			for (let i = 0; i < count; i++) {
				const x = rng.uniformIn(-6, 6);
				const y = rng.uniformIn(-6, 6);
				rows.push([x, y, (x + y) / 12 + rng.uniformIn(-1, 1) * noise * 0.5]);
			}
			break;
		}
	}
	// Shuffle so that a validation split taken from the end holds both classes.
	rng.shuffle(rows);
	return build(name, rows);
}
