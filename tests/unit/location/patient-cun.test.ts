// B-cun in centimetres, checked against figures worked by hand on a small model body whose segments are
// round numbers: forearm 24 cm (12 B-cun), lateral leg 40 cm (16 B-cun), height 175 cm.
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../points/location/describe-rule';
import { type ModelBody, patientCun } from '../../../points/location/patient-cun';

const model: ModelBody = {
  heightM: 1.75,
  landmarks: {
    'cubital-crease-mid': [0.3, 1.1, 0],
    'wrist-crease-mid': [0.3, 0.86, 0],
    'popliteal-crease-mid': [0.1, 0.48, 0],
    'lateral-malleolus': [0.1, 0.08, 0],
    'mastoid-process': [0.05, 1.6, 0],
    'mastoid-process@right': [-0.05, 1.6, 0],
    'ankle-crease-mid': [0.1, 0.07, 0.05],
  },
  pointAt: (code) => (code === 'ST35' ? [0.1, 0.47, 0.05] : undefined),
};

describe('patientCun', () => {
  it('gives nothing when the patient is not measured: no centimetres are made up', () => {
    expect(patientCun(model, {})).toBeUndefined();
  });

  it("a measured forearm: its own scale measured, the leg scaled by the body's proportions", () => {
    // forearm 26.4 cm / 12 = 2.2 cm; leg: model 40 cm × 26.4/24 = 44 cm / 16 = 2.75 cm
    const t = patientCun(model, { measured: { scale: 'forearm', cm: 26.4 } })!;
    expect(t.cunCm('forearm')!.cm).toBeCloseTo(2.2, 10);
    expect(t.cunCm('forearm')!.basis).toBe('measured');
    expect(t.cunCm('leg-lateral')!.cm).toBeCloseTo(2.75, 10);
    expect(t.cunCm('leg-lateral')!.basis).toBe('scaled from the measured elbow crease to wrist crease');
    expect(t.summary).toBe(
      "Elbow crease to wrist crease measured 26.4 cm = 12 B-cun; other scales from the body's proportions",
    );
  });

  it("the patient's height alone: every scale from the height", () => {
    // 160/175 of the model: forearm 24 × 0.9142857 / 12 = 1.8286 cm; 3 B-cun ≈ 5.5 cm
    const t = patientCun(model, { heightCm: 160 })!;
    expect(t.cunCm('forearm')!.cm).toBeCloseTo(1.828571, 5);
    expect(t.cunCm('forearm')!.basis).toBe("from the patient's height");
    expect(t.summary).toBe("from the patient's height, 160 cm");
  });

  it('height and a measured segment: the segment for its scale, the height for the others', () => {
    const t = patientCun(model, { heightCm: 160, measured: { scale: 'forearm', cm: 26.4 } })!;
    expect(t.cunCm('forearm')!.cm).toBeCloseTo(2.2, 10);
    // 40 × 160/175 / 16 = 2.2857
    expect(t.cunCm('leg-lateral')!.cm).toBeCloseTo(2.285714, 5);
    expect(t.summary).toMatch(
      /^Elbow crease to wrist crease measured 26.4 cm = 12 B-cun; other scales from the patient's height, 160 cm$/,
    );
  });

  it("the head's transverse scales give no centimetres (the model measures a chord, the standard the curve)", () => {
    expect(patientCun(model, { heightCm: 170 })!.cunCm('head-mastoid-transverse')).toBeUndefined();
  });

  it('a line counted in B-cun between a point and a landmark: its length on this patient', () => {
    // ST35 → ankle crease: 0.40 m on the model; at 160/175 → 36.571 cm
    const t = patientCun(model, { heightCm: 160 })!;
    expect(t.lineCm!('ST35', 'ankle-crease-mid')).toBeCloseTo(36.5714, 3);
    expect(t.lineCm!('ST99', 'ankle-crease-mid')).toBeUndefined();
    // a line that is a measured scale reads as measured: the lateral leg measured 39.5 cm
    const leg = patientCun(model, { heightCm: 160, measured: { scale: 'leg-lateral', cm: 39.5 } })!;
    expect(leg.lineCm!('lateral-malleolus', 'popliteal-crease-mid')).toBeCloseTo(39.5, 10);
  });

  it('reads in the how-to-locate steps: "3 B-cun ≈ 7.4 cm on this patient"', () => {
    // lateral leg measured 39.5 cm = 16 B-cun → 2.46875 cm; 3 B-cun → 7.4 cm
    const t = patientCun(model, { measured: { scale: 'leg-lateral', cm: 39.5 } })!;
    const steps = describeRule(
      { expr: { from: 'popliteal-crease-mid', move: [{ dir: 'inferior', cun: 3 }] }, scale: 'leg-lateral' },
      () => undefined,
      t,
    );
    expect(steps.join(' ')).toContain('3 B-cun ≈ 7.4 cm');
    expect(steps.at(-1)).toMatch(/1 B-cun ≈ 2\.5 cm \(measured\)/);
    // ST36's own rule shape: 3 of the 16 B-cun from ST35 to the ankle crease → 36.571 × 3/16 = 6.857 → 6.9 cm
    const byHeight = patientCun(model, { heightCm: 160 })!;
    const st36 = describeRule({ expr: { along: ['ST35', 'ankle-crease-mid'], cun: 3, of: 16 } }, (c) => c, byHeight);
    expect(st36.join(' ')).toContain('≈ 6.9 cm on this patient');
  });
});
