// Issue 18's figures: 40 variants of the course's 2-2-2 network drawn with their worksheets and key
// (target under 5 s), and a class of 200 students × 30 answers marked (target under 3 s). The
// class is synthetic: each student answers their variant's 30 asked quantities, one in five with a
// slip that the checker has to follow forward.

import { readFileSync } from 'node:fs';
import { generateExercises } from '../src/lib/engine/exercise/generate';
import { exerciseFiles } from '../src/lib/engine/exercise/files';
import { gradeClass } from '../src/lib/engine/grade/grade';
import { validateNetwork } from '../src/lib/engine/spec/validate';
import type { BenchSection } from './section';

const THIRTY = {
	title: '2-3-2 sigmoid with biases',
	layers: [
		{ size: 2 },
		{ size: 3, activation: 'sigmoid', weights: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], biases: [0.1, 0.1, 0.1] },
		{ size: 2, activation: 'sigmoid', weights: [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]], biases: [0.1, 0.1] }
	],
	loss: 'half_sse',
	samples: [{ input: [0.5, 0.5], target: [0.5, 0.5] }],
	optimizer: { type: 'sgd', learningRate: 0.5 },
	rounding: { decimals: 2 }
};

interface ClassroomFigures {
	generationSeconds: number;
	markingSeconds: number;
	students: number;
	answers: number;
}

async function benchClassroom(print: (s: string) => void): Promise<ClassroomFigures> {
	const course = validateNetwork(JSON.parse(readFileSync('static/examples/course-2-2-2.json', 'utf8')));
	let t = performance.now();
	const set = generateExercises(course, 40, 7);
	const files = await exerciseFiles(set, { site: 'https://example.org/', lang: 'zh-TW', seed: 7 });
	const generation = performance.now() - t;
	const pages = files.reduce((n, f) => n + f.text.length, 0);
	print(`classroom, 40 variants with worksheets and key: ${(generation / 1000).toFixed(2)} s (${(pages / 1e6).toFixed(1)} MB of files; target < 5 s)`);

	const wide = generateExercises(validateNetwork(THIRTY), 40, 3);
	const keys = wide.variants[0].answers.slice(0, 30).map((a) => a.key);
	const rows = Array.from({ length: 200 }, (_, s) => {
		const v = wide.variants[s % 40];
		const cells = v.answers.slice(0, 30).map((a, k) => (s % 5 === 0 && k === 1 ? (a.value + 0.1).toFixed(2) : a.written));
		return [`student ${s + 1}`, v.name, ...cells].join(',');
	});
	const csv = [['student', 'variant', ...keys].join(','), ...rows].join('\r\n');
	const variants = new Map(wide.variants.map((v) => [v.name, { exact: v.exact, hand: v.hand }]));
	t = performance.now();
	const book = gradeClass(csv, variants, 'half');
	const marking = performance.now() - t;
	const answers = book.students.reduce((n, s) => n + s.total - s.unanswered, 0);
	print(`classroom, ${book.students.length} students × ${keys.length} answers marked: ${(marking / 1000).toFixed(2)} s (${answers} answers; target < 3 s)`);
	return { generationSeconds: generation / 1000, markingSeconds: marking / 1000, students: book.students.length, answers };
}

export const classroomSection: BenchSection = {
	name: 'classroom',
	run: (c) => benchClassroom((s) => (c.json ? c.log(s) : console.log(s)))
};
