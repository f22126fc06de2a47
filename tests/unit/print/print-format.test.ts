import { describe, expect, it } from 'vitest';
import {
  appointmentText,
  documentTitle,
  holdText,
  measuresLine,
  paperFromQuery,
  patientLine,
  sideText,
  techniqueText,
} from '../../../renderer/print/print-format';
import { parsePrintRoute } from '../../../renderer/print/print-route';
import { fixturePlan } from '../plans/plan-test-kit';

describe('print formatting', () => {
  it('describes techniques in words, defaulting to needling', () => {
    expect(techniqueText({})).toBe('Needle');
    expect(
      techniqueText({ needling: { angle: 'oblique', depthCun: 0.5, retentionMin: 20, stimulation: 'none' } }),
    ).toBe('Needle (oblique, 0.5 cun, 20 min)');
    expect(techniqueText({ needling: { depthCun: 1.2 } }, 'metric')).toBe('Needle (1.2 cun (≈ 2.4 cm))');
    expect(techniqueText({ needling: { depthCun: 1 } }, 'imperial')).toBe('Needle (1 cun (≈ 0.8 in))');
    expect(
      techniqueText({ moxibustion: { kind: 'stick', minutes: 10 }, electro: { frequencyHz: 2, minutes: 20 } }),
    ).toBe('Moxa, stick 10 min; Electro 2 Hz, 20 min');
  });
  it('gives the depth in cm on this patient when the patient is measured, whatever the units setting', () => {
    // 1.2 cun × 2.47 cm = 2.964 → 3 cm
    expect(techniqueText({ needling: { depthCun: 1.2 } }, 'cun', 2.47)).toBe(
      'Needle (1.2 cun (≈ 3 cm on this patient))',
    );
  });
  it("prints the patient's build, height and measured segment, or that they are not recorded", () => {
    const p = fixturePlan().patient;
    expect(measuresLine({ ...p, heightCm: undefined, build: undefined, measured: undefined })).toBe(
      'Build: not recorded · Height: not recorded · Measured: no segment',
    );
    expect(measuresLine({ ...p, heightCm: 168, build: 'broad', measured: { scale: 'leg-lateral', cm: 40 } })).toBe(
      'Build: broad · Height: 168 cm · Measured: knee crease to outer ankle bone 40 cm (16 B-cun)',
    );
  });
  it('patient line with age from birth year; sides in words', () => {
    expect(patientLine(fixturePlan(), new Date('2026-11-23'))).toBe('Example Patient (fictional) · 38 y · female');
    expect(sideText('bilateral')).toBe('Both');
  });
  it('parses the print route and paper, refusing odd ids', () => {
    expect(parsePrintRoute('#/print/3f2c9a1e-8b7d-4c21?paper=letter')).toMatchObject({
      planId: '3f2c9a1e-8b7d-4c21',
      paper: 'Letter',
      document: 'record',
    });
    expect(parsePrintRoute('#/print/abcdefgh')).toMatchObject({
      planId: 'abcdefgh',
      paper: 'A4',
      document: 'record',
      homeCare: undefined,
    });
    expect(parsePrintRoute('#/print/../../etc')).toBeUndefined();
    expect(parsePrintRoute('#/plan')).toBeUndefined();
    expect(paperFromQuery('?paper=A4')).toBe('A4');
  });

  it('titles each document with the patient and date, shortening only a very long name', () => {
    const plan = fixturePlan();
    expect(documentTitle(plan, 'record')).toBe(`Session plan — ${plan.patient.name} — ${plan.date}`);
    expect(documentTitle(plan, 'handout')).toBe(`Home care — ${plan.patient.name} — ${plan.date}`);
    const long = documentTitle({ ...plan, patient: { ...plan.patient, name: 'N'.repeat(200) } }, 'record');
    expect(long).toBe(`Session plan — ${'N'.repeat(59)}… — ${plan.date}`);
    expect(documentTitle({ ...plan, patient: { ...plan.patient, name: '' } }, 'handout')).toContain('Unnamed patient');
  });

  it('says hold times and appointments in words', () => {
    expect(holdText([20, 20])).toBe('20 seconds');
    expect(holdText([1, 1])).toBe('1 second');
    expect(holdText([10, 20])).toBe('10–20 seconds');
    expect(holdText([900, 1200])).toBe('15–20 minutes');
    expect(holdText([30, 120])).toBe('30 seconds to 2 minutes');
    // a wall-clock time: the same day and hour whatever the time zone
    expect(appointmentText('2026-12-09T14:30', 'en-GB')).toMatch(/^Wednesday,? 9 December 2026 at 14:30$/);
  });
});
