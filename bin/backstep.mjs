#!/usr/bin/env node
// The command line is written in TypeScript; tsx compiles it on the fly so that
// `npx backstep` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
