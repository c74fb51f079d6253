// Entry of the Node helper thread (see node-helper.ts).

import { parentPort } from 'node:worker_threads';
import { serveGemm, type HelperInit } from './gemm-helper';

parentPort!.once('message', (init: HelperInit) => serveGemm(init));
