import { describe, expect, it } from 'vitest';
import { homeCareText } from '../../../renderer/plan/plan-kb';
import { homeCareWarnings } from '../../../renderer/plan/home-care-safety';

const line = (id: string): string => {
  const text = homeCareText(id);
  if (!text) throw new Error(`no home-care item ${id}`);
  return text;
};
const patient = (flags: string[], gestationalWeek?: number) => ({
  name: '',
  sex: 'female' as const,
  flags,
  ...(gestationalWeek ? { gestationalWeek } : {}),
});

describe('homeCareWarnings', () => {
  it('marks an exercise lying on the back from week 20 of pregnancy (and with the week unknown), not at week 12', () => {
    expect(homeCareWarnings(line('bridge'), patient(['pregnancy'], 24)).join(' ')).toMatch(/week 20/);
    expect(homeCareWarnings(line('bridge'), patient(['pregnancy']))).toHaveLength(1);
    expect(homeCareWarnings(line('bridge'), patient(['pregnancy'], 12))).toEqual([]);
  });
  it('marks anti-inflammatories in pregnancy; a patient without the flag gets nothing; free text is not matched', () => {
    expect(homeCareWarnings(line('otc-anti-inflammatories'), patient(['pregnancy'], 30))).toHaveLength(1);
    expect(homeCareWarnings(line('otc-anti-inflammatories'), patient([]))).toEqual([]);
    expect(homeCareWarnings('Walk every day', patient(['pregnancy'], 30))).toEqual([]);
  });
});
