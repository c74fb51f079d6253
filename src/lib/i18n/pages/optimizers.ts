// Messages of the /optimizers page in both languages; `satisfies` makes a key missing from either a type error.

import { translator, type Lang } from '../index';

const en = {
	title: 'Optimizers',
	intro:
		'Twelve optimizers race down the same surface from the same start. Each one is the engine’s optimizer (Keras 3’s update rule) applied to x and y as two parameters, its state carried from step to step. Gradient descent picks the direction; the learning rate and each optimizer’s state decide how far each step goes.',
	'surface.label': 'Surface',
	'surface.saddle': 'Saddle point',
	'surface.rosenbrock': 'Rosenbrock',
	'surface.beale': 'Beale',
	'surface.ravine': 'Ravine',
	'surface.bowl': 'Bowl',
	'surface.saddle.note': 'A minimum along x and a maximum along y: the gradient vanishes at the centre. Who escapes, and how fast?',
	'surface.rosenbrock.note': 'A long curved valley: easy to reach, slow to follow to the minimum at (1, 1).',
	'surface.beale.note': 'Steep walls and flat plateaus; the minimum is at (3, 0.5).',
	'surface.ravine.note': '20 times steeper across than along: plain SGD zigzags, momentum and adaptive rates do not.',
	'surface.bowl.note': 'A round bowl: every optimizer should get to the bottom.',
	'controls.play': 'Play',
	'controls.pause': 'Pause',
	'controls.step': 'Step',
	'controls.reset': 'Reset',
	'controls.position': 'Step {t}',
	'controls.speed': 'Speed',
	'runners.heading': 'Runners',
	'runners.lr': 'Learning rate of {name}',
	'runners.show': 'Race {name}',
	'runners.badRate': 'a learning rate is a positive number',
	'runners.escaped': 'left the plot',
	'plot.label': 'Contour plot of {surface} with each optimizer’s path',
	'plot.start': 'start',
	'plot.minimum': 'minimum',
	'table.heading': 'This step, every runner',
	'table.caption': 'Step {t}: position, gradient, the step taken and the state after it (x; y)',
	'table.runner': 'Optimizer',
	'table.lr': 'η',
	'table.position': '(x, y)',
	'table.value': 'f(x, y)',
	'table.grad': 'gradient (g_x, g_y)',
	'table.step': 'step (Δx, Δy)',
	'table.size': '‖Δ‖',
	'table.state': 'state (x; y)',
	'table.none': 'none',
	'table.notYet': 'Press Step or Play to start the race.',
	'history.heading': 'Step by step: {name}',
	'history.caption': 'Every step of {name}: step sizes and state after the step',
	'history.t': 't',
	'rule.heading': 'The update rule of {name} at step {t}',
	'rule.pick': 'Optimizer shown',
	'rule.symbols': 'In symbols',
	'rule.numbers': 'With the numbers of step {t}',
	'rule.coordinate': 'Coordinate {c}',
	'rule.notYet': 'Take a step to see the rule with its numbers.',
	'rule.escaped': '{name} left the plot at step {t}; showing its last step.',
	'course.heading': 'The course’s table',
	'course.note':
		'The course writes Δθ_t for the step and α for the learning rate; Keras (and this page) write η and put ε in slightly different places. Momentum here is Keras’s v ← γv − ηg.'
} as const;

type Key = keyof typeof en;

const zhTW = {
	title: '優化器',
	intro:
		'十二種優化器從同一個起點，在同一個曲面上比賽下山。每一種都是引擎裡的優化器（Keras 3 的更新規則），把 x 和 y 當成兩個參數來更新，狀態一步一步延續下去。梯度決定方向；學習率和各優化器的狀態決定每一步跨多遠。',
	'surface.label': '曲面',
	'surface.saddle': '馬鞍點',
	'surface.rosenbrock': 'Rosenbrock',
	'surface.beale': 'Beale',
	'surface.ravine': '峽谷',
	'surface.bowl': '碗形',
	'surface.saddle.note': '沿 x 方向是最小值，沿 y 方向是最大值：中心的梯度為 0。誰能逃出去？多快？',
	'surface.rosenbrock.note': '一條彎曲的長谷：很容易走進谷底，卻要很久才能沿著谷走到 (1, 1) 的最小值。',
	'surface.beale.note': '陡峭的牆和平坦的高原；最小值在 (3, 0.5)。',
	'surface.ravine.note': '橫向比縱向陡 20 倍：單純的 SGD 會來回震盪，動量和自適應學習率則不會。',
	'surface.bowl.note': '圓形的碗：每一種優化器都應該走到碗底。',
	'controls.play': '播放',
	'controls.pause': '暫停',
	'controls.step': '下一步',
	'controls.reset': '重設',
	'controls.position': '第 {t} 步',
	'controls.speed': '速度',
	'runners.heading': '參賽者',
	'runners.lr': '{name} 的學習率',
	'runners.show': '讓 {name} 參賽',
	'runners.badRate': '學習率必須是正數',
	'runners.escaped': '已離開圖面',
	'plot.label': '{surface} 的等高線圖與各優化器的路徑',
	'plot.start': '起點',
	'plot.minimum': '最小值',
	'table.heading': '這一步，所有參賽者',
	'table.caption': '第 {t} 步：位置、梯度、這一步的步長與更新後的狀態（x; y）',
	'table.runner': '優化器',
	'table.lr': 'η',
	'table.position': '(x, y)',
	'table.value': 'f(x, y)',
	'table.grad': '梯度 (g_x, g_y)',
	'table.step': '步長 (Δx, Δy)',
	'table.size': '‖Δ‖',
	'table.state': '狀態（x; y）',
	'table.none': '無',
	'table.notYet': '按「下一步」或「播放」開始比賽。',
	'history.heading': '逐步紀錄：{name}',
	'history.caption': '{name} 的每一步：步長與更新後的狀態',
	'history.t': 't',
	'rule.heading': '{name} 在第 {t} 步的更新規則',
	'rule.pick': '顯示的優化器',
	'rule.symbols': '符號',
	'rule.numbers': '代入第 {t} 步的數字',
	'rule.coordinate': '座標 {c}',
	'rule.notYet': '走一步，就能看到代入數字的更新規則。',
	'rule.escaped': '{name} 在第 {t} 步離開了圖面；顯示它的最後一步。',
	'course.heading': '課程的公式表',
	'course.note':
		'課程用 Δθ_t 表示一步、用 α 表示學習率；Keras（和這一頁）用 η，ε 的位置也略有不同。這裡的動量是 Keras 的 v ← γv − ηg。'
} as const satisfies Record<Key, string>;

export type OptimizersKey = Key;

export const OPTIMIZERS_MESSAGES: Record<Lang, Record<Key, string>> = { en, 'zh-TW': zhTW };

/** The optimizers' display names (the same in both languages). */
export const RUNNER_NAMES: Record<string, string> = {
	sgd: 'SGD',
	momentum: 'Momentum',
	nesterov: 'Nesterov',
	adagrad: 'Adagrad',
	adadelta: 'Adadelta',
	rmsprop: 'RMSprop',
	adam: 'Adam',
	adamw: 'AdamW',
	adamax: 'Adamax',
	nadam: 'Nadam',
	adafactor: 'Adafactor',
	ftrl: 'FTRL'
};

/** The message for `key` in `lang`, `{name}` parameters filled in. */
export const t = translator(OPTIMIZERS_MESSAGES);
