import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Plan, PLAN_SCHEMA_VERSION } from '../../../electron/contract/plan';

describe('npm run plan:schema', () => {
  it('prints the plan format as JSON Schema with every field of the document', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, '../../../electron/cli/plan-schema.ts')],
      { encoding: 'utf8' },
    );
    const schema = JSON.parse(out) as {
      $schema: string;
      properties: Record<string, { const?: number }>;
      required: string[];
      additionalProperties: boolean;
      title: string;
    };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(Plan.shape).sort());
    expect(schema.properties.schemaVersion?.const).toBe(PLAN_SCHEMA_VERSION);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'patient', 'points', 'acknowledgements']));
    expect(schema.additionalProperties).toBe(false);
  });
});
