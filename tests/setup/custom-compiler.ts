// Unit tests run as the command line does: the custom activations' compiler (mathjs, loaded on
// demand by the app) is loaded before any test. tests/engine/ops/custom-lazy.test.ts checks the
// unloaded state in a fresh module graph.

import { loadCustomCompiler } from '../../src/lib/engine/ops/activations/custom-compiler';

await loadCustomCompiler();
