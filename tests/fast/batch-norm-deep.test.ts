// The course's point about vanishing gradients: in a deep sigmoid network (2-16×6-1) the first layer's
// gradient ‖∂E/∂W_1‖ is orders of magnitude below the last layer's, and plain SGD barely moves the
// loss; with batch normalisation on the hidden layers the norms are within a small factor of each
// other and the same epochs train it to a much lower loss. At test time, Keras's momentum 0.99 needs
// more steps than 10 epochs give for the moving statistics to catch up with the changing weights.

import { describe, expect, it } from 'vitest';
import { toyDataset } from '../../src/lib/fast/datasets/toy';
import { typedArrayKernels } from '../../src/lib/fast/kernels/typedarray';
import { fromConfig } from '../../src/lib/fast/model';
import { sourceFromNetwork, Trainer } from '../../src/lib/fast/train';

function deepSigmoid(batchNorm: boolean) {
	const hidden = 6;
	const source = fromConfig({
		sizes: [2, ...new Array<number>(hidden).fill(16), 1],
		activations: ['sigmoid'],
		loss: 'binary_crossentropy',
		seed: 1,
		optimizer: { type: 'sgd', learningRate: 0.5 },
		batchNorm: batchNorm ? [...new Array<boolean>(hidden).fill(true), false] : undefined
	});
	const trainer = new Trainer(typedArrayKernels('f64'), source, toyDataset('circle', { count: 512, seed: 1 }), { epochs: 10, batchSize: 32, seed: 1, progressEvery: 1 });
	const norms: number[][] = [];
	for (const e of trainer.run()) if (e.type === 'progress') norms.push(e.progress.gradientNorms!);
	expect(trainer.trouble).toBeNull();
	// ‖∂E/∂W_l‖ averaged over the first epoch's 16 steps.
	const mean = norms[0].map((_, l) => norms.slice(0, 16).reduce((s, n) => s + n[l], 0) / 16);
	return { trainer, last: mean[hidden], first: mean[0], loss: trainer.history.at(-1)!.loss, accuracy: trainer.history.at(-1)!.accuracy! };
}

describe('a deep sigmoid network, 2-16×6-1, on the circle', () => {
	const plain = deepSigmoid(false);
	const normalised = deepSigmoid(true);

	it('without batch normalisation the first layer’s gradient vanishes: over 1000 times smaller than the last’s', () => {
		expect(plain.last / plain.first).toBeGreaterThan(1000);
	});

	it('with batch normalisation the layers’ gradient norms are within a factor of 5', () => {
		expect(normalised.last / normalised.first).toBeLessThan(5);
		expect(normalised.last / normalised.first).toBeGreaterThan(1 / 5);
	});

	it('and in the same 10 epochs it trains to a much lower loss', () => {
		expect(plain.loss).toBeGreaterThan(0.65);
		expect(plain.accuracy).toBeLessThan(0.6);
		expect(normalised.loss).toBeLessThan(0.3);
		expect(normalised.accuracy).toBeGreaterThan(0.9);
	});

	it('at test time its moving statistics still lag after 160 steps of momentum 0.99; the data’s own statistics in their place classify held-out points as well as training did', () => {
		const heldOut = toyDataset('circle', { count: 512, seed: 2 });
		expect(normalised.trainer.evaluate(heldOut).accuracy).toBeLessThan(0.8);
		// One full-batch forward with momentum 0 sets each moving statistic to the data's (the weights stay).
		const net = normalised.trainer.toNetwork();
		for (const l of net.layers) if (l.batchNorm) l.batchNorm.momentum = 0;
		const settle = new Trainer(typedArrayKernels('f64'), sourceFromNetwork(net), toyDataset('circle', { count: 512, seed: 1 }), { epochs: 1, batchSize: 'full', learningRate: 1e-300 });
		settle.run();
		expect(settle.evaluate(heldOut).accuracy).toBeGreaterThan(0.9);
	});
});
