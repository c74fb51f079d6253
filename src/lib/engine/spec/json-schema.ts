// JSON Schemas (draft 2020-12) of the network file and the answers file, written from the schema
// table (./schema.ts), so that the two cannot drift: schema/network.schema.json and
// schema/answers.schema.json are these objects (tests/docs/schema.test.ts holds them equal). Editors
// complete a file that names one in its `$schema` key. The schema checks shapes, names and ranges;
// what it cannot say (a matrix's size against the layer before, the parameters a given optimizer
// takes, labels used once) the engine's validation still checks, with the JSON path.

import {
	ACTIVATION_PARAM_FIELDS,
	EXERCISE_FIELDS,
	INPUT_LAYER_FIELDS,
	LAYER_FIELDS,
	MAX_DESCRIPTION_LENGTH,
	MAX_LABEL_LENGTH,
	MAX_TITLE_LENGTH,
	NETWORK_FIELDS,
	OPTIMIZER_PARAM_FIELDS,
	REGULARIZER_FIELDS,
	DROPOUT_FIELDS,
	BATCH_NORM_FIELDS,
	ROUNDING_FIELDS,
	SAMPLE_FIELDS,
	type Field
} from './schema';
import { ACTIVATIONS, OPTIMIZERS } from './types';

type Schema = Record<string, unknown>;

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const number: Schema = { type: 'number' };
const numbers: Schema = { type: 'array', items: number };
const label: Schema = { type: 'string', minLength: 1, maxLength: MAX_LABEL_LENGTH };
const labels: Schema = { type: 'array', items: label };
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

/** A field of the table as a schema (structures are written by hand below). */
function scalar(field: Field): Schema {
	const out: Schema = { description: field.description };
	if (field.kind === 'boolean') return { ...out, type: 'boolean' };
	if (field.kind === 'string') return { ...out, type: 'string', maxLength: field.maxLength };
	if (field.kind === 'choice') return { ...out, enum: [...field.choices] };
	if (field.kind === 'structure') return out;
	const r = field.range;
	const kind = r.integer ? 'integer' : 'number';
	out.type = field.nullable ? [kind, 'null'] : kind;
	if (r.min !== undefined) out[r.minOpen ? 'exclusiveMinimum' : 'minimum'] = r.min;
	if (r.max !== undefined) out[r.maxOpen ? 'exclusiveMaximum' : 'maximum'] = r.max;
	return out;
}

function object(fields: Record<string, Field>, shapes: Record<string, Schema> = {}): Schema {
	const properties: Schema = {};
	for (const [key, field] of Object.entries(fields)) properties[key] = { ...scalar(field), ...shapes[key] };
	const required = Object.entries(fields).filter(([, f]) => f.kind === 'structure' && f.required).map(([k]) => k);
	return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

const localized = (max: number): Schema => ({
	anyOf: [
		{ type: 'string', maxLength: max },
		{ type: 'object', properties: { en: { type: 'string', maxLength: max }, 'zh-TW': { type: 'string', maxLength: max } }, additionalProperties: false }
	]
});

const interval: Schema = { type: 'array', prefixItems: [number, number], minItems: 2, maxItems: 2 };

/** The network file's schema. */
export function networkJsonSchema(): Schema {
	const activationObject = object({ name: { kind: 'choice', choices: ACTIVATIONS, default: null, description: 'The activation.' }, ...ACTIVATION_PARAM_FIELDS });
	(activationObject as { required: string[] }).required = ['name'];
	const optimizer = object({ type: { kind: 'choice', choices: OPTIMIZERS, default: null, description: 'The optimizer (docs/maths.md).' }, ...OPTIMIZER_PARAM_FIELDS });
	(optimizer as { required: string[] }).required = ['type'];
	const root = object(NETWORK_FIELDS, {
			title: localized(MAX_TITLE_LENGTH),
			description: localized(MAX_DESCRIPTION_LENGTH),
			layers: { type: 'array', minItems: 2, prefixItems: [ref('inputLayer')], items: ref('denseLayer') },
			samples: { type: 'array', minItems: 1, items: ref('sample') },
			optimizer: { anyOf: [{ enum: [...OPTIMIZERS] }, ref('optimizer')] },
			rounding: { anyOf: [object({ decimals: ROUNDING_FIELDS.decimals }), object({ significant: ROUNDING_FIELDS.significant })] },
			sheet: { type: 'object', additionalProperties: number },
			exercise: ref('exercise')
		});
	(root.properties as Schema).$schema = { type: 'string', description: 'The JSON Schema this file follows, for editors.' };
	return {
		$schema: DRAFT,
		title: 'Backstep network file',
		description: 'A dense network, its samples, loss, optimizer and rounding (docs/network-file.md).',
		...root,
		$defs: {
			inputLayer: object(INPUT_LAYER_FIELDS, { size: { type: 'integer', minimum: 1 }, names: labels }),
			denseLayer: object(LAYER_FIELDS, {
				size: { type: 'integer', minimum: 1 },
				activation: { anyOf: [{ enum: [...ACTIVATIONS] }, activationObject] },
				weights: { type: 'array', items: numbers },
				biases: { anyOf: [numbers, number] },
				names: labels,
				weightNames: { type: 'array', items: labels },
				biasNames: { anyOf: [labels, label] },
				regularizer: object(REGULARIZER_FIELDS),
				biasRegularizer: object(REGULARIZER_FIELDS),
				activityRegularizer: object(REGULARIZER_FIELDS),
				batchNorm: { anyOf: [{ type: 'boolean' }, object(BATCH_NORM_FIELDS, { gamma: numbers, beta: numbers, movingMean: numbers, movingVariance: numbers })] },
				dropout: {
					anyOf: [
						{ type: 'number', minimum: 0, exclusiveMaximum: 1 },
						object(DROPOUT_FIELDS, {
							mask: { anyOf: [{ type: 'array', items: { enum: [0, 1] } }, { type: 'array', items: { type: 'array', items: { enum: [0, 1] } } }] }
						})
					]
				},
				alphas: numbers
			}),
			sample: object(SAMPLE_FIELDS, { input: numbers, target: { anyOf: [numbers, { type: 'integer', minimum: 0 }] } }),
			optimizer,
			exercise: object(EXERCISE_FIELDS, { weights: interval, biases: interval, inputs: interval, targets: interval, ask: { type: 'array', items: { type: 'string' } } })
		}
	};
}

/** The answers file's schema: numbers by id or label (docs/checking.md). */
export function answersJsonSchema(): Schema {
	return {
		$schema: DRAFT,
		title: 'Backstep answers file',
		description: 'A person’s answers, each a number by quantity id or label (docs/checking.md).',
		type: 'object',
		properties: { $schema: { type: 'string' } },
		additionalProperties: number
	};
}
