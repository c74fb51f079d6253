// The library: `import { … } from 'backstep'` (docs/library.md). Read and check a network file, work
// one training step out as a trace, print it in every format, mark a person's answers, count a
// model's parameters, and the bridges to PyTorch and Keras. Pure TypeScript: Node and browsers.

export { validateNetwork, type ValidateOptions } from './spec/validate';
export { InputError, isInputError } from './spec/errors';
export { networkToJson, networkToText } from './spec/encode';
export { networkJsonSchema, answersJsonSchema } from './spec/json-schema';
export type { Network, DenseLayer, Optimizer, Rounding, Sample } from './spec/types';
export { ACTIVATIONS, LOSSES, OPTIMIZERS, INITIALIZERS, LIMITS } from './spec/types';

export { buildTrace } from './trace/build';
export type { Trace, Step, Phase } from './trace/types';
export { traceToText } from './format/text';
export { traceToMarkdown } from './format/markdown';
export { traceToTex } from './format/tex';
export { traceToJson, type TraceJson, type StepJson } from './format/json';

export { parseAnswers, checkAnswers, reportToJson, type CheckJson } from './check/index';
export type { Answer, CheckReport, CheckOptions } from './check/types';

export { summarize, type Summary, type SummaryLayer } from './concepts/summary';
export { pytorchScript } from './export/pytorch';
export { kerasScript } from './export/keras';
export { kerasToNetworkFile } from './export/keras-import';
export type { Lang } from './lang';
