/**
 * A small JSON Schema (2020-12) validator for the keywords our schemas use: type, const, enum, properties,
 * required, additionalProperties: false, items, oneOf, minLength, minimum, pattern and local $ref. A schema
 * using any other keyword is an error, so a schema cannot silently ask for a check this does not make.
 * Tooling for tests (tests/unit/rules-hygiene.test.ts); not shipped.
 */
export type Schema = { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description']);
const CHECKS = new Set(['type', 'const', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'oneOf', 'minLength', 'minimum', 'pattern', '$ref']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Every way `value` breaks `schema`, as "path: what" lines; empty when it is valid. */
export function validate(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !CHECKS.has(key)) throw new Error(`unsupported JSON Schema keyword "${key}" at ${path}`);
  }
  if (typeof schema.$ref === 'string') {
    const m = /^#\/\$defs\/([\w-]+)$/.exec(schema.$ref);
    const target = m && isObject(root.$defs) ? root.$defs[m[1]!] : undefined;
    if (!isObject(target)) throw new Error(`unresolved $ref ${schema.$ref}`);
    errors.push(...validate(target, value, root, path));
  }
  const type = typeOf(value);
  if (typeof schema.type === 'string' && schema.type !== type && !(schema.type === 'number' && type === 'integer')) {
    return [...errors, `${path}: ${type}, expected ${schema.type}`];
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) errors.push(`${path}: ${JSON.stringify(value)}, expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: ${JSON.stringify(value)} not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`);
  if (isObject(value)) {
    const props = isObject(schema.properties) ? schema.properties : {};
    for (const key of Array.isArray(schema.required) ? schema.required : []) if (!(String(key) in value)) errors.push(`${path}: missing "${String(key)}"`);
    for (const [key, v] of Object.entries(value)) {
      const sub = props[key];
      if (isObject(sub)) errors.push(...validate(sub, v, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected "${key}"`);
    }
  }
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    value.forEach((v, i) => errors.push(...validate(items, v, root, `${path}[${i}]`)));
  }
  if (Array.isArray(schema.oneOf)) {
    const results = schema.oneOf.map((s) => (isObject(s) ? validate(s, value, root, path) : [`${path}: bad oneOf entry`]));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf (${results.map((r) => r[0] ?? 'ok').join(' | ')})`);
  }
  return errors;
}
