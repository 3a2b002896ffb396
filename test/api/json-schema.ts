/**
 * A small JSON Schema (2020-12) validator for the keywords the generated OpenAPI document uses, so the
 * tests can check examples and real responses against the document itself. An unknown keyword throws:
 * the document cannot start using one these tests do not understand.
 */

type Schema = Record<string, unknown> | boolean;

const ANNOTATIONS = new Set(['description', 'title', 'examples', 'default', 'format', 'deprecated', 'readOnly', 'writeOnly', 'id']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validate(schema: Schema, value: unknown, root: { components: { schemas: Record<string, Schema> } }, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  for (const [keyword, arg] of Object.entries(schema)) {
    switch (keyword) {
      case '$ref': {
        const id = String(arg).replace('#/components/schemas/', '');
        const target = root.components.schemas[id];
        if (target === undefined) throw new Error(`unresolved $ref ${String(arg)}`);
        errors.push(...validate(target, value, root, path));
        break;
      }
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        if (!types.some((t) => hasType(value, t))) fail(`expected ${types.join('|')}, got ${typeOf(value)}`);
        break;
      }
      case 'enum':
        if (!(arg as unknown[]).some((v) => JSON.stringify(v) === JSON.stringify(value))) fail(`not one of ${JSON.stringify(arg)}`);
        break;
      case 'const':
        if (JSON.stringify(arg) !== JSON.stringify(value)) fail(`not ${JSON.stringify(arg)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) fail(`does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (arg as number)) fail(`shorter than ${String(arg)}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (arg as number)) fail(`longer than ${String(arg)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) fail(`below ${String(arg)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) fail(`above ${String(arg)}`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (arg as number)) fail(`not above ${String(arg)}`);
        break;
      case 'exclusiveMaximum':
        if (typeof value === 'number' && value >= (arg as number)) fail(`not below ${String(arg)}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (arg as number)) fail(`fewer than ${String(arg)} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (arg as number)) fail(`more than ${String(arg)} items`);
        break;
      case 'prefixItems':
        if (Array.isArray(value))
          for (const [i, sub] of (arg as Schema[]).entries())
            if (i < value.length) errors.push(...validate(sub, value[i], root, `${path}[${i}]`));
        break;
      case 'items': {
        // In draft 2020-12, `items` covers the items after `prefixItems` (a tuple's rest).
        const after = ((schema as Record<string, unknown>).prefixItems as unknown[] | undefined)?.length ?? 0;
        if (Array.isArray(value))
          for (const [i, item] of value.entries()) if (i >= after) errors.push(...validate(arg as Schema, item, root, `${path}[${i}]`));
        break;
      }
      case 'required':
        if (typeOf(value) === 'object') for (const key of arg as string[]) if (!(key in (value as object))) fail(`missing ${key}`);
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [key, sub] of Object.entries(arg as Record<string, Schema>)) {
            if (Object.hasOwn(value as object, key))
              errors.push(...validate(sub, (value as Record<string, unknown>)[key], root, `${path}.${key}`));
          }
        }
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object') {
          const known = Object.keys((schema as Record<string, unknown>).properties ?? {});
          for (const [key, sub] of Object.entries(value as Record<string, unknown>)) {
            if (!known.includes(key)) errors.push(...validate(arg as Schema, sub, root, `${path}.${key}`));
          }
        }
        break;
      case 'propertyNames':
        if (typeOf(value) === 'object')
          for (const key of Object.keys(value as object)) errors.push(...validate(arg as Schema, key, root, `${path}{${key}}`));
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (arg as Schema[]).filter((s) => validate(s, value, root, path).length === 0).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1) fail(`${keyword}: ${passing} branches match`);
        break;
      }
      case 'allOf':
        for (const s of arg as Schema[]) errors.push(...validate(s, value, root, path));
        break;
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`keyword ${keyword} at ${path} is not understood by this test validator`);
    }
  }
  return errors;
}
