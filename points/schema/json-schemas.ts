// The JSON Schemas of the knowledge-base data files, emitted from their zod schemas (one source of truth).
// Keys name the schema files in points/schema/json/ (see points/cli/json-schemas.ts).
import { z } from 'zod';
import { AliasesFile } from './alias';
import { CautionRulesFile } from './caution-rule';
import { ConditionsFile, HomeCareFile, OtherOptionsFile } from './condition';
import { PairingsFile } from './pairing';
import { PointsFile } from './point';
import { RedFlagsFile } from './red-flag';
import { SourcesFile } from './source';

const FILES = {
  points: PointsFile,
  pairings: PairingsFile,
  conditions: ConditionsFile,
  'home-care': HomeCareFile,
  'other-options': OtherOptionsFile,
  'red-flags': RedFlagsFile,
  'caution-rules': CautionRulesFile,
  sources: SourcesFile,
  aliases: AliasesFile,
} as const;

export type SchemaName = keyof typeof FILES;

export function jsonSchemas(): Record<SchemaName, Record<string, unknown>> {
  // draft-07: what editors (VS Code's JSON language service) understand best. Plain JSON out (a round
  // trip drops anything that is not data).
  const emit = (name: string, schema: z.ZodType): Record<string, unknown> => ({
    ...(JSON.parse(JSON.stringify(z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }))) as Record<
      string,
      unknown
    >),
    title: `Acupoint Reference — points/data ${name} file`,
  });
  return Object.fromEntries(Object.entries(FILES).map(([name, schema]) => [name, emit(name, schema)])) as Record<
    SchemaName,
    Record<string, unknown>
  >;
}
