// The words of the printed worksheets and answer key, in both of the product's languages.

import type { Lang } from '../../lang';

export interface SheetWords {
	worksheet: string;
	key: string;
	name: string;
	studentId: string;
	date: string;
	givens: string;
	answers: string;
	quantity: string;
	answer: string;
	instructions: (decimals: string) => string;
	link: string;
	qr: (variant: string) => string;
	network: (variant: string) => string;
	solution: string;
	keyTitle: (count: number, seed: number) => string;
	setTitle: (count: number, seed: number) => string;
}

export const SHEET_WORDS: Record<Lang, SheetWords> = {
	en: {
		worksheet: 'Worksheet',
		key: 'Answer key',
		name: 'Name',
		studentId: 'Student ID',
		date: 'Date',
		givens: 'Given',
		answers: 'Your answers',
		quantity: 'Quantity',
		answer: 'Answer',
		instructions: (d) => `Work one training step by hand and write each answer to ${d}.`,
		link: 'Check your answers: open this link or scan the code, type your answers, and see each one marked.',
		qr: (v) => `QR code: ${v} on the checking page`,
		network: (v) => `The network of ${v}`,
		solution: 'Worked solution',
		keyTitle: (n, s) => `Answer key: ${n} variants, seed ${s}`,
		setTitle: (n, s) => `Worksheets: ${n} variants, seed ${s}`
	},
	'zh-TW': {
		worksheet: '練習卷',
		key: '解答',
		name: '姓名',
		studentId: '學號',
		date: '日期',
		givens: '已知',
		answers: '作答欄',
		quantity: '數值',
		answer: '答案',
		instructions: (d) => `以手算完成一次訓練步驟，每個答案寫到${d}。`,
		link: '核對答案：打開此連結或掃描 QR code，輸入答案，即可看到每題的批改結果。',
		qr: (v) => `QR code：在批改頁開啟${v}`,
		network: (v) => `${v}的網路`,
		solution: '詳解',
		keyTitle: (n, s) => `解答：${n} 份題目，種子 ${s}`,
		setTitle: (n, s) => `練習卷：${n} 份題目，種子 ${s}`
	}
};
