// What else the machine is doing while a figure is taken: the load average, the share of time the
// hypervisor gave our virtual cores to someone else (steal, from /proc/stat, where there is one),
// and a CPU-bound process of the bench's own for the loaded rounds.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

interface CpuTimes {
	total: number;
	steal: number;
	idle: number;
}

function cpuTimes(): CpuTimes | null {
	try {
		const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
		return { total: fields.reduce((a, b) => a + b, 0), idle: fields[3] + (fields[4] ?? 0), steal: fields[7] ?? 0 };
	} catch {
		return null;
	}
}

export interface MachineNote {
	/** One-minute load average at the end. */
	load: number;
	/** Percent of the cores' time stolen by the hypervisor, and spent by anything (us included), over the span. */
	stealPercent: number | null;
	busyPercent: number | null;
}

/** Starts watching the machine; call the result at the end of the span. */
export function watchMachine(): () => MachineNote {
	const start = cpuTimes();
	return () => {
		const end = cpuTimes();
		const span = start && end ? end.total - start.total : 0;
		return {
			load: loadavg()[0],
			stealPercent: span > 0 ? (100 * (end!.steal - start!.steal)) / span : null,
			busyPercent: span > 0 ? 100 - (100 * (end!.idle - start!.idle)) / span : null
		};
	};
}

export function describeNote(n: MachineNote): string {
	const pct = (x: number | null) => (x === null ? '?' : `${x.toFixed(0)}%`);
	return `load ${n.load.toFixed(2)}, cores busy ${pct(n.busyPercent)}, steal ${pct(n.stealPercent)}`;
}

/** A CPU-bound child process (one core's worth) until the result is called. */
export function startBusy(): () => void {
	const child = spawn(process.execPath, ['-e', 'let x = 0; for (;;) x = (x + Math.sqrt(x + 1)) % 1e9;'], { stdio: 'ignore' });
	return () => void child.kill('SIGKILL');
}
