// An answers file written back from answers (docs/checking.md): one JSON object, each number in the
// form the person wrote it (`0.50` stays `0.50`, since the written form sets the tolerance), so that
// parseAnswers reads the file back to the same answers.

import type { Answer } from './types';

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

export function answersToText(answers: readonly Answer[]): string {
	if (answers.length === 0) return '{}\n';
	const lines = answers.map((a) => {
		const written = a.written !== undefined && JSON_NUMBER.test(a.written) ? a.written : JSON.stringify(a.value);
		return `  ${JSON.stringify(a.key)}: ${written}`;
	});
	return `{\n${lines.join(',\n')}\n}\n`;
}
