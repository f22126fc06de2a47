// Strict reading of plan files (issue 15): what JSON.parse and a loose schema would accept silently is
// refused with the field named, or (unknown point codes) kept and flagged by the safety check.
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../electron/contract/plan';
import { readPlanBytes, serializePlan } from '../../../electron/services/plan-file';
import { toSafetyInput } from '../../../electron/contract/plan-safety-input';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { checkPlan } from '../../../points/safety/check-plan';
import { fixturePlan } from './plan-test-kit';

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (text: string) => readPlanBytes(bytes(text), 'x.acuplan');
const base = serializePlan(fixturePlan());
const refused = (text: string): string => {
  const r = read(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.problem.message;
};

describe('plan files are read strictly', () => {
  it('a key given twice (a second "points": [] would wipe the list) is refused', () => {
    const twice = base.replace('"notes":', '"points": [],\n  "notes":');
    expect(refused(twice)).toMatch(/names "points" twice/);
  });

  it('a __proto__ key is refused, not silently dropped', () => {
    expect(refused(base.replace('"notes":', '"__proto__": {"x": 1},\n  "notes":'))).toMatch(/__proto__/);
  });

  it.each([
    [
      'a bidi override in the patient name',
      (s: string) => s.replace('Example Patient (fictional)', 'Ann \\u202egpj.exe\\u202c Smith'),
      /patient\.name: contains a text-direction override/,
    ],
    [
      'a control character in the clinician',
      (s: string) => s.replace('A. Practitioner', 'A.\\u0007 Practitioner'),
      /clinician: contains a line break or control character/,
    ],
    [
      'a lone surrogate in the notes',
      (s: string) => s.replace('"notes": "', '"notes": "\\ud800'),
      /notes: contains invalid Unicode/,
    ],
    [
      'an impossible date',
      (s: string) => s.replace('"date": "2026-11-20"', '"date": "2026-02-31"'),
      /date: not a real calendar date/,
    ],
    [
      'created after it was updated',
      (s: string) => s.replace('"createdAt": "2026-11-20T09:00:00.000Z"', '"createdAt": "2026-11-21T09:00:00.000Z"'),
      /createdAt: created after it was last updated/,
    ],
    [
      'two points with one uid',
      (s: string) => s.replace('"uid": "p2"', '"uid": "p1"'),
      /points\.1\.uid: two points share the uid "p1"/,
    ],
  ])('%s is refused with the field named', (_name, mutate, message) => {
    expect(refused(mutate(base))).toMatch(message);
  });

  it('line breaks and tabs stay allowed in notes; a bidi mark in notes (right-to-left writing) stays allowed', () => {
    const r = read(base.replace('"notes": "', '"notes": "line one\\n\\tline two \\u202b'));
    expect(r.ok).toBe(true);
  });

  it('an unknown point code is kept and flagged by the safety check, never ignored', () => {
    const r = read(base.replace('"code": "GB34"', '"code": "ZZ99"'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = checkPlan(loadKnowledgeBase(), toSafetyInput(r.plan));
    expect(report.findings.find((f) => f.id === 'unknown-point@ZZ99')).toMatchObject({
      severity: 'caution',
      codes: ['ZZ99'],
    });
    expect(Plan.safeParse(r.plan).success).toBe(true);
  });
});
