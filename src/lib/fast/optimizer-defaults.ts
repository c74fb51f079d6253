// Keras 3's default parameters per optimizer (docs/maths.md, read from the schema), for compact configs
// that name only a type.

import { optimizerDefaults } from '../engine/spec/schema';
import type { Optimizer, OptimizerName } from '../engine/spec/types';

export function optimizerWithDefaults(partial: Partial<Optimizer> & { type: OptimizerName }): Optimizer {
	return { ...optimizerDefaults(partial.type), ...partial };
}
