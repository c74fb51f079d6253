// PyTorch on one core, for scale (optional: where `import torch` works, e.g. Debian's python3-torch;
// not in CI): the same course model, SGD steps on synthetic data at batch 64 and 256, float32,
// torch.set_num_threads(1) — and 2 for the two-thread figure. Median of the rounds.

import { spawnSync } from 'node:child_process';
import type { BenchSection } from './section';
import { median } from './medians';

const SCRIPT = String.raw`
import sys, time, torch
threads, seconds = int(sys.argv[1]), float(sys.argv[2])
torch.set_num_threads(threads)
torch.manual_seed(1)
out = {}
for batch in (64, 256):
    model = torch.nn.Sequential(torch.nn.Linear(784, 300), torch.nn.ReLU(), torch.nn.Linear(300, 200), torch.nn.ReLU(),
                                torch.nn.Linear(200, 100), torch.nn.ReLU(), torch.nn.Linear(100, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    x = torch.rand(batch, 784)
    y = torch.randint(0, 10, (batch,))
    def step():
        opt.zero_grad()
        loss_fn(model(x), y).backward()
        opt.step()
    for _ in range(20): step()
    rates = []
    for _ in range(5):
        n, t0 = 0, time.perf_counter()
        while time.perf_counter() - t0 < seconds / 5:
            step(); n += 1
        rates.append(n * batch / (time.perf_counter() - t0))
    out[batch] = sorted(rates)[2]
print(' '.join(f'{b}:{r}' for b, r in out.items()))
`;

function python(): string | null {
	for (const exe of ['/usr/bin/python3', 'python3']) {
		if (spawnSync(exe, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0) return exe;
	}
	return null;
}

export const pytorchSection: BenchSection = {
	name: 'pytorch',
	async run(c) {
		const exe = python();
		if (!exe) {
			c.log('PyTorch: `import torch` fails here; skipped (Debian: apt-get install python3-torch)');
			return null;
		}
		const figures: { threads: number; batch: number; samplesPerSec: number }[] = [];
		const samples = new Map<string, number[]>();
		for (let round = 1; round <= c.repeat; round++)
			for (const threads of [1, 2]) {
				c.log(`PyTorch, ${threads} thread${threads > 1 ? 's' : ''}, round ${round}/${c.repeat}…`);
				const out = spawnSync(exe, ['-c', SCRIPT, String(threads), String(c.seconds)], { encoding: 'utf8' });
				if (out.status !== 0) {
					c.log(`  (PyTorch failed: ${out.stderr.trim().split('\n').at(-1)})`);
					continue;
				}
				for (const pair of out.stdout.trim().split(' ')) {
					const [batch, rate] = pair.split(':').map(Number);
					samples.set(`${threads}|${batch}`, [...(samples.get(`${threads}|${batch}`) ?? []), rate]);
				}
			}
		for (const [k, rates] of samples) {
			const [threads, batch] = k.split('|').map(Number);
			figures.push({ threads, batch, samplesPerSec: median(rates) });
		}
		if (!c.json) {
			const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
			// Debian's build links the generic BLAS (BLAS_INFO=generic): far slower than a wheel with MKL.
			const about = spawnSync(exe, ['-c', "import torch, re; print(torch.__version__, re.search(r'BLAS_INFO=(\\w+)', torch.__config__.show()).group(1))"], { encoding: 'utf8' }).stdout.trim().split(' ');
			console.log(`PyTorch ${about[0]} (BLAS: ${about[1] ?? '?'}), same model and step, samples/s (median of ${c.repeat}):`);
			for (const f of figures) console.log(`  ${f.threads} thread${f.threads > 1 ? 's' : ''}, batch ${f.batch}: ${fmt(f.samplesPerSec)}`);
		}
		return figures;
	}
};
