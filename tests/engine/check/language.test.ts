// Notes in both languages with the page's words and solve's labels (issue #13, 4): 連帶 for carried,
// 不明 for unknown, δ_O1 and z_H1 as `solve` writes them, not δ_O_1 and z_H_1.

import { describe, expect, it } from 'vitest';
import { checkAnswers, parseAnswers } from '../../../src/lib/engine/check';
import { buildTrace } from '../../../src/lib/engine/trace/build';
import { traceToText } from '../../../src/lib/engine/format/text';
import { courseNetwork } from './fixtures';
import { CHECK_MESSAGES } from '../../../src/lib/i18n/pages/check';

describe('the notes\' words', () => {
	const report = checkAnswers(courseNetwork({ decimals: 2 }), parseAnswers('{"H_1": 0.9, "O_1": 0.4854, "delta_H_1": 0.3, "q": 1.00}'));
	const [, carried, wrong, unknown] = report.results;

	it('uses the /check page\'s verdict words in Chinese', () => {
		const page = CHECK_MESSAGES['zh-TW'];
		expect(carried.verdict).toBe('carried');
		expect(carried.notes['zh-TW']).toContain(`（${page['verdict.carried']}）`);
		expect(unknown.notes['zh-TW']).toMatch(new RegExp(`^${page['verdict.unknown']}的鍵：`));
		for (const r of report.results) expect(r.notes['zh-TW']).not.toMatch(/錯誤延續|無法辨識/);
	});

	it('writes labels as solve writes them', () => {
		const solved = traceToText(buildTrace(courseNetwork({ decimals: 2 })));
		expect(solved).toContain('δ_H1    = ∂E/∂z_H1');
		expect(wrong.note).toContain('correct working: δ_H1 = ∂E/∂z_H1 = ∂E/∂H_1 · ∂H_1/∂z_H1');
		for (const r of report.results) expect(r.note).not.toMatch(/δ_[A-Z]_\d|z_[A-Z]_\d/);
	});
});
