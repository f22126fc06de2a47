import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS } from '../../../points/red-flag-ids';
import { readPlanBytes } from '../../../electron/services/plan-file';
import { LEGACY_RED_FLAG_KEYS } from '../../../electron/services/plan-migrations';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures', name));

describe('red-flag answers in plan files', () => {
  it("the example plan answers every red flag its condition asks, under the knowledge base's ids", () => {
    const read = readPlanBytes(fixture('plan-sciatica.acuplan'), 'plan-sciatica.acuplan');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const asked = loadKnowledgeBase().conditions.find((c) => c.id === read.plan.condition.id)?.redFlags ?? [];
    expect(asked.length).toBeGreaterThan(5);
    expect(Object.keys(read.plan.redFlags).sort()).toEqual([...asked].sort());
    for (const id of asked) expect(RED_FLAG_IDS).toContain(id);
  });

  it('a format-1 file with the old keys is migrated by the explicit mapping — a "yes" stays a "yes"', () => {
    const read = readPlanBytes(fixture('plan-legacy-v1.acuplan'), 'old.acuplan');
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.plan.redFlags).toMatchObject({
      'bladder-bowel-dysfunction': 'no',
      'systemic-symptoms': 'no',
      'severe-pain-after-trauma': 'yes',
    });
    expect(Object.keys(read.plan.redFlags).every((k) => RED_FLAG_IDS.includes(k))).toBe(true);
    expect(read.plan.acknowledgements).toContainEqual(
      expect.objectContaining({ findingId: 'red-flag@severe-pain-after-trauma', decision: 'treat-anyway' }),
    );
  });

  it('every legacy key maps to a red flag that exists', () => {
    for (const id of Object.values(LEGACY_RED_FLAG_KEYS)) expect(RED_FLAG_IDS).toContain(id);
  });

  it('a file with a key the app does not know is refused, naming the key — never read as "no"', () => {
    const read = readPlanBytes(fixture('plan-unknown-red-flag.acuplan'), 'odd.acuplan');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.code).toBe('invalid');
      expect(read.problem.message).toMatch(/red-flag questions this app does not know \("chest-pain"\)/);
    }
  });

  it('a format-1 file with an unmapped key is refused too', () => {
    const doc = JSON.parse(fixture('plan-legacy-v1.acuplan').toString('utf8')) as { redFlags: Record<string, string> };
    doc.redFlags['weird-question'] = 'no';
    const read = readPlanBytes(new TextEncoder().encode(JSON.stringify(doc)), 'old.acuplan');
    expect(!read.ok && read.problem.message).toMatch(/"weird-question"/);
  });
});
