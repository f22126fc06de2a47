import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseParams } from '../../../models/body/params';
import { generateBody } from '../../../models/generated';
import { placementsJson } from '../../../models/placements';
import { loadPointRules } from '../../../models/points-source';

// The committed runtime asset must match what the generator and today's location rules produce, so a
// corrected rule can never ship with a stale position. Fix: `npm run model:build`, then commit.
describe('committed placements asset', () => {
  it('equals a fresh placement of every point on the default body', () => {
    const committed = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../models/assets/placements.json'), 'utf8'));
    const { rules } = loadPointRules();
    const fresh = JSON.parse(JSON.stringify(placementsJson(generateBody(normaliseParams({})), rules)));
    expect(fresh.counts).toEqual(committed.counts);
    expect(fresh.points).toEqual(committed.points);
    expect(fresh.landmarks).toEqual(committed.landmarks);
  });
});
