import { describe, expect, it } from 'vitest';
import { paperFromQuery, patientLine, sideText, techniqueText } from '../../../renderer/print/print-format';
import { parsePrintRoute } from '../../../renderer/print/print-route';
import { fixturePlan } from '../plans/plan-test-kit';

describe('print formatting', () => {
  it('describes techniques in words, defaulting to needling', () => {
    expect(techniqueText({})).toBe('Needle');
    expect(techniqueText({ needling: { angle: 'oblique', depthCun: 0.5, retentionMin: 20, stimulation: 'none' } })).toBe('Needle (oblique, 0.5 cun, 20 min)');
    expect(techniqueText({ needling: { depthCun: 1.2 } }, 'metric')).toBe('Needle (1.2 cun (≈ 2.4 cm))');
    expect(techniqueText({ needling: { depthCun: 1 } }, 'imperial')).toBe('Needle (1 cun (≈ 0.8 in))');
    expect(techniqueText({ moxibustion: { kind: 'stick', minutes: 10 }, electro: { frequencyHz: 2, minutes: 20 } })).toBe('Moxa, stick 10 min; Electro 2 Hz, 20 min');
  });
  it('patient line with age from birth year; sides in words', () => {
    expect(patientLine(fixturePlan(), new Date('2026-11-23'))).toBe('Example Patient (fictional) · 38 y · female');
    expect(sideText('bilateral')).toBe('Both');
  });
  it('parses the print route and paper, refusing odd ids', () => {
    expect(parsePrintRoute('#/print/3f2c9a1e-8b7d-4c21?paper=letter')).toEqual({ planId: '3f2c9a1e-8b7d-4c21', paper: 'Letter' });
    expect(parsePrintRoute('#/print/abcdefgh')).toEqual({ planId: 'abcdefgh', paper: 'A4' });
    expect(parsePrintRoute('#/print/../../etc')).toBeUndefined();
    expect(parsePrintRoute('#/plan')).toBeUndefined();
    expect(paperFromQuery('?paper=A4')).toBe('A4');
  });
});
