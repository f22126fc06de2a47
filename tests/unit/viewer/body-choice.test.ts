// Which body the app shows: the plan's patient where it says, the viewer's control for what it leaves open.
import { describe, expect, it } from 'vitest';
import { bodyFor, diagramBodyNote } from '../../../renderer/data/body-choice';

describe('bodyFor', () => {
  it('a female patient with a build recorded: that body, both from the plan', () => {
    expect(bodyFor({ sex: 'female', build: 'slim' }, { sex: 'male', build: 'broad' })).toEqual({
      variant: { id: 'female-slim', sex: 'female', build: 'slim' },
      sexFromPlan: true,
      buildFromPlan: true,
    });
  });

  it('sex other or unspecified, no build: the viewer control decides both', () => {
    for (const sex of ['other', 'unspecified'] as const) {
      expect(bodyFor({ sex }, { sex: 'female', build: 'broad' })).toEqual({
        variant: { id: 'female-broad', sex: 'female', build: 'broad' },
        sexFromPlan: false,
        buildFromPlan: false,
      });
    }
  });

  it('a male patient with no build: male from the plan, build from the control; no control → the model body', () => {
    expect(bodyFor({ sex: 'male' }, { sex: 'female', build: 'slim' }).variant.id).toBe('male-slim');
    expect(bodyFor({ sex: 'unspecified' }).variant.id).toBe('male-average');
  });

  it('the printed diagrams say which body, and why when the plan does not choose', () => {
    const base = { name: '', sex: 'female' as const, flags: [] };
    expect(diagramBodyNote({ ...base, build: 'broad' })).toBe('Drawn on the female body, broad build.');
    expect(diagramBodyNote(base)).toBe('Drawn on the female body, average build (no build recorded).');
    expect(diagramBodyNote({ ...base, sex: 'other' })).toBe(
      'Drawn on the model body (male, average build): the patient\'s sex is recorded as "other".',
    );
  });
});
