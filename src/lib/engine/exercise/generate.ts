// A class set of variants from one template (docs/exercises.md, issue 18). Variants are drawn one
// after another from one seeded generator, so the same template and seed give the same set; a draw
// is kept only when it meets every rule:
//   - no activation saturated (./saturation.ts);
//   - no computed quantity within 10^-(d+2) of a rounding tie at the network's rounding (each step
//     of the hand calculation, and each asked quantity's exact value), so honest rounding never
//     flips an answer (./numbers.ts);
//   - the key, written as a person writes it, is marked correct by the checker itself;
//   - no two variants have the same numbers.

import { markAnswers } from '../check/mark';
import { within } from '../check/tolerance';
import { roundTo } from '../format/round';
import { InputError } from '../spec/errors';
import { EXERCISE_DEFAULTS, type Exercise } from '../spec/exercise';
import { Rng } from '../spec/random';
import type { Network, Rounding } from '../spec/types';
import { validateNetwork } from '../spec/validate';
import { buildTrace } from '../trace/build';
import type { Trace } from '../trace/types';
import { askedOf, type Asked } from './asked';
import { drawVariant } from './draw';
import { answerRounding, TIE_MARGIN, tieDistance, unitOf, writeRounded } from './numbers';
import { unsaturated } from './saturation';

export interface KeyAnswer extends Asked {
	/** The answer as the key gives it: the hand calculation's value at the network's rounding. */
	value: number;
	/** Written to the decimals the network asks for (0.50, not 0.5). */
	written: string;
}

export interface Variant {
	/** `variant-001`, … */
	name: string;
	network: Network;
	/** Its network file. */
	json: Record<string, unknown>;
	exact: Trace;
	hand: Trace | null;
	answers: KeyAnswer[];
}

export interface ExerciseSet {
	template: Network;
	exercise: Exercise;
	variants: Variant[];
}

export const MAX_VARIANTS = 500;
/** Draws tried per variant before the template is declared too tight to fill the set. */
const TRIES_PER_VARIANT = 400;

export function variantName(k: number): string {
	return `variant-${String(k + 1).padStart(3, '0')}`;
}

/**
 * No hand step and no asked exact value within 10^-(d+2) of a tie. One exception is forced by the
 * arithmetic, not chosen: an update w − η·g with η = 0.5 and g rounded to d decimals lands exactly
 * on a tie whenever g's last digit is odd (the course's own w_5' = 0.1 − 0.5 · 0.03 = 0.085). Such
 * a final step, which nothing else reads, is allowed when both ways of rounding it lie within
 * 10^-d of the exact value, so the checker accepts either and rounding still cannot flip a mark.
 */
function clearOfTies(hand: Trace | null, exact: Trace, asked: Asked[], r: Rounding): boolean {
	const read = new Set((hand?.steps ?? []).flatMap((s) => s.dependsOn));
	for (const s of hand?.steps ?? []) {
		if (roundTo(s.unrounded, r) !== s.value || s.unrounded === s.value || tieDistance(s.unrounded, r) >= TIE_MARGIN) continue;
		if (read.has(s.id) || !bothRoundingsAccepted(s.unrounded, exact.values[s.id], r)) return false;
	}
	return asked.every((a) => tieDistance(exact.values[a.id], r) >= TIE_MARGIN);
}

function bothRoundingsAccepted(x: number, exact: number, r: Rounding): boolean {
	const unit = unitOf(x, r);
	const down = Math.floor(x / unit) * unit;
	return [down, down + unit].every((v) => within(v, exact, unit));
}

function keyOf(asked: Asked[], exact: Trace, hand: Trace | null, r: Rounding): KeyAnswer[] {
	return asked.map((a) => {
		const raw = hand ? hand.values[a.id] : exact.values[a.id];
		const written = writeRounded(raw, r);
		return { ...a, value: Number(written), written };
	});
}

/** One draw checked against every rule but uniqueness; null when it breaks one. */
function tryVariant(template: Network, exercise: Exercise, rng: Rng, name: string): Variant | null {
	const json = drawVariant(template, exercise, rng);
	const network = validateNetwork(json);
	const exact = buildTrace({ ...network, rounding: null });
	const textbook = network.style === 'textbook' ? exact : buildTrace({ ...network, rounding: null, style: 'textbook' });
	if (!unsaturated(network, textbook)) return null;
	const hand = network.rounding ? buildTrace(network) : null;
	const asked = askedOf(exact, exercise.ask);
	const r = answerRounding(network.rounding);
	if (!clearOfTies(hand, exact, asked, r)) return null;
	const answers = keyOf(asked, exact, hand, r);
	const report = markAnswers(exact, answers, hand);
	if (!report.allAccepted) return null;
	return { name, network, json, exact, hand, answers };
}

/** `count` variants of `template` from `seed`; InputError when the template cannot be filled. */
export function generateExercises(template: Network, count: number, seed: number): ExerciseSet {
	if (!Number.isInteger(count) || count < 1 || count > MAX_VARIANTS) {
		throw new InputError('count', `expected a whole number of variants from 1 to ${MAX_VARIANTS}, got ${count}`);
	}
	const exercise = template.exercise ?? { ...EXERCISE_DEFAULTS, ask: null };
	// An unknown asked key is the template's mistake: say so before any drawing.
	askedOf(buildTrace({ ...template, rounding: null }), exercise.ask);
	const rng = new Rng(seed, 18);
	const variants: Variant[] = [];
	const seen = new Set<string>();
	const budget = count * TRIES_PER_VARIANT;
	for (let tries = 0; variants.length < count; tries++) {
		if (tries >= budget) {
			throw new InputError(
				'exercise',
				`only ${variants.length} of ${count} variants meet the rules after ${budget} draws (no saturated neuron, no answer at a rounding tie); widen the ranges or lower the decimals`
			);
		}
		const v = tryVariant(template, exercise, rng, variantName(variants.length));
		if (!v) continue;
		const numbers = JSON.stringify([v.json.layers, v.json.samples]);
		if (seen.has(numbers)) continue;
		seen.add(numbers);
		variants.push(v);
	}
	return { template, exercise, variants };
}
