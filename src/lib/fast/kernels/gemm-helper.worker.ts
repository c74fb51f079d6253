// The browser's helper thread for the two-thread kernels (spawned by browser-helper.ts): receives
// {variant, memory, control, workspace} once and serves gemm halves from then on.

import { serveGemm, type HelperInit } from './gemm-helper';

interface Scope {
	addEventListener(type: 'message', listener: (event: MessageEvent<HelperInit>) => void, options: { once: boolean }): void;
}

(globalThis as unknown as Scope).addEventListener('message', (event) => serveGemm(event.data), { once: true });
