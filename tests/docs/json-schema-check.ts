// A small JSON Schema checker for the keywords Backstep's schemas use (type, enum, properties,
// required, additionalProperties, items, prefixItems, minItems, maxItems, minimum, maximum,
// exclusiveMinimum, exclusiveMaximum, minLength, maxLength, anyOf, $ref to #/$defs): enough to hold
// every example against the schema without a dependency. Returns the paths that fail.

type Schema = Record<string, unknown>;

function typeOf(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
	return typeof v;
}

const fits = (actual: string, want: string) => actual === want || (want === 'number' && actual === 'integer');

export function check(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
	if (typeof schema.$ref === 'string') return check((root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')], value, root, path);
	const errors: string[] = [];
	const fail = (why: string) => errors.push(`${path}: ${why}`);
	if (schema.type !== undefined) {
		const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
		if (!types.some((t) => fits(typeOf(value), t))) return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
	}
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail(`not one of ${schema.enum.join(', ')}`);
	if (Array.isArray(schema.anyOf) && !(schema.anyOf as Schema[]).some((s) => check(s, value, root, path).length === 0)) fail('matches none of anyOf');
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
		if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
		if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`not above ${schema.exclusiveMinimum}`);
		if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail(`not below ${schema.exclusiveMaximum}`);
	}
	if (typeof value === 'string') {
		if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
		if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
		if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('too many items');
		const prefix = (schema.prefixItems as Schema[] | undefined) ?? [];
		value.forEach((item, k) => {
			const s = k < prefix.length ? prefix[k] : (schema.items as Schema | undefined);
			if (s) errors.push(...check(s, item, root, `${path}[${k}]`));
		});
	}
	if (typeOf(value) === 'object') {
		const obj = value as Record<string, unknown>;
		const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
		for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) fail(`missing ${key}`);
		for (const [key, v] of Object.entries(obj)) {
			if (key in props) errors.push(...check(props[key], v, root, `${path}.${key}`));
			else if (schema.additionalProperties === false) fail(`unknown key ${key}`);
			else if (typeof schema.additionalProperties === 'object') errors.push(...check(schema.additionalProperties as Schema, v, root, `${path}.${key}`));
		}
	}
	return errors;
}
