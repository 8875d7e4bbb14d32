/**
 * A JSON Schema check for exactly the keywords our notice-feed schema
 * uses, so tests can hold parser and schema to the same verdicts without
 * a validator dependency. A keyword it does not know makes it throw: a
 * schema change it cannot judge must not pass quietly.
 */

type Schema = Readonly<Record<string, unknown>>;

const ANNOTATIONS = new Set([
  '$schema',
  '$defs',
  'title',
  'description',
  'default',
  'format',
]);

export function schemaAccepts(
  schema: Schema,
  value: unknown,
  root: Schema = schema
): boolean {
  return Object.entries(schema).every(([keyword, argument]) =>
    ANNOTATIONS.has(keyword)
      ? true
      : keywordHolds(keyword, argument, schema, value, root)
  );
}

function keywordHolds(
  keyword: string,
  argument: unknown,
  schema: Schema,
  value: unknown,
  root: Schema
): boolean {
  const sub = (s: unknown, v: unknown) => schemaAccepts(s as Schema, v, root);
  const object = isObject(value) ? value : null;
  const array = Array.isArray(value) ? (value as unknown[]) : null;
  const text = typeof value === 'string' ? value : null;

  switch (keyword) {
    case '$ref':
      return sub(resolve(root, argument as string), value);
    case 'type':
      return typeOf(value) === argument;
    case 'const':
      return value === argument;
    case 'enum':
      return (argument as unknown[]).includes(value);
    case 'required':
      return (
        !object ||
        (argument as string[]).every((key) => Object.hasOwn(object, key))
      );
    case 'properties':
      return (
        !object ||
        Object.entries(argument as Schema).every(
          ([key, s]) => !Object.hasOwn(object, key) || sub(s, object[key])
        )
      );
    case 'additionalProperties': {
      const declared = isObject(schema.properties) ? schema.properties : {};
      return (
        !object ||
        Object.keys(object)
          .filter((key) => !Object.hasOwn(declared, key))
          .every((key) => sub(argument, object[key]))
      );
    }
    case 'propertyNames':
      return !object || Object.keys(object).every((key) => sub(argument, key));
    case 'maxProperties':
      return !object || Object.keys(object).length <= (argument as number);
    case 'items':
      return !array || array.every((item) => sub(argument, item));
    case 'minItems':
      return !array || array.length >= (argument as number);
    case 'maxItems':
      return !array || array.length <= (argument as number);
    case 'uniqueItems':
      return (
        !array ||
        new Set(array.map((item) => JSON.stringify(item))).size === array.length
      );
    case 'maxLength':
      return text === null || [...text].length <= (argument as number);
    case 'pattern':
      return text === null || new RegExp(argument as string, 'u').test(text);
    case 'minimum':
      return typeof value !== 'number' || value >= (argument as number);
    case 'maximum':
      return typeof value !== 'number' || value <= (argument as number);
    case 'anyOf':
      return (argument as unknown[]).some((s) => sub(s, value));
    case 'allOf':
      return (argument as unknown[]).every((s) => sub(s, value));
    case 'if':
      return sub(argument, value)
        ? schema.then === undefined || sub(schema.then, value)
        : schema.else === undefined || sub(schema.else, value);
    case 'then':
    case 'else':
      return true;
    default:
      throw new Error(`schemaAccepts does not know "${keyword}"`);
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? 'number' : 'not JSON';
  }
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolve(root: Schema, ref: string): unknown {
  const prefix = '#/$defs/';
  if (!ref.startsWith(prefix)) {
    throw new Error(`schemaAccepts cannot follow "${ref}"`);
  }
  return (root.$defs as Schema)[ref.slice(prefix.length)];
}
