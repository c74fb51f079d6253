// A worked sheet beside the working: each line of the sheet (the course's own, say) marked against
// the network as a person's answers are, so the lab can show where the sheet agrees and, where it
// does not, the mistake it makes in one sentence. The sheet is written to the network's precision.

import type { Network } from '../spec/types';
import { checkAnswers } from './mark';
import { DEFAULT_DECIMALS } from './precision';
import type { Notes, Verdict } from './types';

export interface SheetLine {
	key: string;
	/** The quantity id the sheet's line stands for (null: the key names nothing in this network). */
	id: string | null;
	value: number;
	verdict: Verdict;
	/** Why the line disagrees, in one sentence (the first diagnosis), or null where it agrees. */
	why: Notes | null;
}

/** A sheet's number as the network asks it written: 0.50 to 2 decimals, 0.0350 to 3 significant digits. */
function writtenAsAsked(value: number, rounding: Network['rounding']): string {
	if (rounding && 'significant' in rounding) return value === 0 ? '0' : value.toPrecision(rounding.significant);
	return value.toFixed(rounding ? rounding.decimals : DEFAULT_DECIMALS);
}

/** The sheet's lines marked against the network, in the sheet's order; null without a sheet. */
export function compareSheet(net: Network): SheetLine[] | null {
	if (!net.sheet) return null;
	const answers = Object.entries(net.sheet).map(([key, value]) => ({ key, value, written: writtenAsAsked(value, net.rounding) }));
	const report = checkAnswers(net, answers);
	return report.results.map((r) => ({
		key: r.key,
		id: r.id,
		value: r.given,
		verdict: r.verdict,
		why: r.verdict === 'correct' ? null : (r.diagnoses[0]?.notes ?? r.notes)
	}));
}
