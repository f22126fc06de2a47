// `npm run --silent plan:schema`: the plan document format (electron/contract/plan.ts) as JSON Schema,
// for outside tools that read or write .acuplan files.
import { z } from 'zod';
import { Plan, PLAN_SCHEMA_VERSION } from '../contract/plan';

const schema = {
  ...z.toJSONSchema(Plan, { target: 'draft-2020-12' }),
  title: `Acupoint Reference session plan, format ${PLAN_SCHEMA_VERSION}`,
  description: 'One session plan per .acuplan file (UTF-8 JSON). Example: tests/fixtures/plan-sciatica.acuplan.',
};
process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
