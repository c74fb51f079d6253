// PyTorch for scale (optional: where `import torch` works, e.g. Debian's python3-torch; not in CI):
// the same course model, SGD steps on synthetic data at batch 64 and 256, float32, median of the
// rounds, beside Backstep's figures from the scaling section of the same run.
// One thread is one core: torch.set_num_threads(1) and every BLAS pool at 1 (OPENBLAS_NUM_THREADS…;
// Debian's build calls the system BLAS, OpenBLAS where installed, whose threads torch does not set).
// Two threads: the BLAS on two; torch's own pool on two only where it runs the BLAS itself (MKL) —
// with a system BLAS, torch's pool spinning beside the BLAS's cut the rate from 66,000 to 13,500.

import { spawnSync } from 'node:child_process';
import type { BenchSection } from './section';
import { median } from './medians';
import type { ScalingFigures } from './scaling';

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
		const about = spawnSync(exe, ['-c', "import torch, re; print(torch.__version__, re.search(r'BLAS_INFO=(\\w+)', torch.__config__.show()).group(1))"], { encoding: 'utf8' }).stdout.trim().split(' ');
		const ownBlas = about[1] === 'mkl';
		const figures: { threads: number; batch: number; samplesPerSec: number }[] = [];
		const samples = new Map<string, number[]>();
		for (let round = 1; round <= c.repeat; round++)
			for (const threads of [1, 2]) {
				c.log(`PyTorch, ${threads} thread${threads > 1 ? 's' : ''}, round ${round}/${c.repeat}…`);
				const pools = { OMP_NUM_THREADS: String(threads), OPENBLAS_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) };
				const torchThreads = ownBlas ? threads : 1;
				const out = spawnSync(exe, ['-c', SCRIPT, String(torchThreads), String(c.seconds)], { encoding: 'utf8', env: { ...process.env, ...pools } });
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
			console.log(`PyTorch ${about[0]} (BLAS: ${about[1] ?? '?'}), same model and step, samples/s (median of ${c.repeat}):`);
			for (const f of figures) console.log(`  ${f.threads} thread${f.threads > 1 ? 's' : ''}, batch ${f.batch}: ${fmt(f.samplesPerSec)}`);
			const scaling = c.earlier.scaling as ScalingFigures | undefined;
			const ours = (threads: number, batch: number) => scaling?.training.find((t) => t.condition === 'idle' && t.threads === threads && t.batch === batch)?.samplesPerSec;
			const theirs = (threads: number, batch: number) => figures.find((f) => f.threads === threads && f.batch === batch)?.samplesPerSec;
			if (!scaling) console.log('  (run with the scaling section for Backstep beside it)');
			else
				for (const [mine, torch, label] of [[1, 1, 'Backstep 1 thread / PyTorch 1 thread'], [2, 1, 'Backstep 2 threads / PyTorch 1 thread'], [2, 2, 'Backstep 2 threads / PyTorch 2 threads']] as const) {
					const cells = [64, 256].map((b) => {
						const [x, y] = [ours(mine, b), theirs(torch, b)];
						return `batch ${b} ${x && y ? `${(x / y).toFixed(2)}× (${fmt(x)} / ${fmt(y)})` : '–'}`;
					});
					console.log(`  ${label}, idle: ${cells.join(', ')}`);
				}
		}
		return figures;
	}
};
