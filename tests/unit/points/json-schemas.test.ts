// Issue 18: the data files stay editable — each validates against a JSON Schema emitted from the zod
// schemas, which the repository's editor settings map to it. The committed schemas are what the zod
// schemas emit now; every data file passes its schema (a JSON Schema validator, not zod); and a broken
// record fails it, so an editor would mark it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../points/schema/json-schemas';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (p: string): unknown => JSON.parse(readFileSync(path.join(ROOT, p), 'utf8'));
const schemas = jsonSchemas();
const settings = read('.vscode/settings.json') as { 'json.schemas': { fileMatch: string[]; url: string }[] };

/** Each data file with the schema the editor settings give it. */
const DATA_FILES: [string, keyof typeof schemas][] = [
  ...['lu', 'li', 'st', 'sp', 'ht', 'si', 'bl', 'ki', 'pc', 'te', 'gb', 'lr', 'gv', 'cv', 'featured', 'extra'].map(
    (f): [string, 'points'] => [`points/data/points/${f}.json`, 'points'],
  ),
  ['points/data/pairings.json', 'pairings'],
  ['points/data/conditions.json', 'conditions'],
  ['points/data/home-care.json', 'home-care'],
  ['points/data/other-options.json', 'other-options'],
  ['points/data/red-flags.json', 'red-flags'],
  ['points/data/caution-rules.json', 'caution-rules'],
  ['points/data/sources.json', 'sources'],
  ['points/data/aliases.json', 'aliases'],
];

describe('JSON Schemas for the data files', () => {
  it.each(Object.keys(schemas))(
    'points/schema/json/%s.schema.json is what the zod schema emits (run npm run kb:schemas)',
    (name) => {
      expect(read(`points/schema/json/${name}.schema.json`)).toEqual(schemas[name as keyof typeof schemas]);
    },
  );

  it.each(DATA_FILES)('%s validates against its schema, mapped in .vscode/settings.json', (file, name) => {
    const mapping = settings['json.schemas'].find((m) =>
      m.fileMatch.some((g) => new RegExp(`${g.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`).test(`/${file}`)),
    );
    expect(mapping?.url).toBe(`./points/schema/json/${name}.schema.json`);
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schemas[name]);
    expect(validate(read(file)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('a record with an unknown field or a bad code is marked', () => {
    const validate = new Ajv({ strict: false }).compile(schemas.pairings);
    const data = read('points/data/pairings.json') as { pairings: Record<string, unknown>[] };
    expect(validate({ ...data, pairings: [{ ...data.pairings[0], colour: 'red' }] })).toBe(false);
    expect(validate({ ...data, pairings: [{ ...data.pairings[0], points: ['GB30', 'not a code'] }] })).toBe(false);
    expect(validate({ ...data, pairings: [{ ...data.pairings[0], rationaleKind: 'vibes' }] })).toBe(false);
  });
});
