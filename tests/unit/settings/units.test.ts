import { describe, expect, it } from 'vitest';
import { CM_PER_CUN, formatDepth } from '../../../renderer/settings/units';

describe('needling depth display', () => {
  it('shows cun only by default, without trailing zeros', () => {
    expect(formatDepth(1, 1.5, 'cun')).toBe('1–1.5 cun');
    expect(formatDepth(0.30000000000000004, 0.3, 'cun')).toBe('0.3 cun');
  });

  it('adds an approximate metric length at 2 cm per cun (adult thumb width)', () => {
    expect(CM_PER_CUN).toBe(2);
    expect(formatDepth(1, 1.5, 'metric')).toBe('1–1.5 cun (≈ 2–3 cm)');
    expect(formatDepth(0.2, 0.3, 'metric')).toBe('0.2–0.3 cun (≈ 0.4–0.6 cm)');
  });

  it('adds an approximate imperial length (2.54 cm per inch), one decimal', () => {
    expect(formatDepth(1, 2, 'imperial')).toBe('1–2 cun (≈ 0.8–1.6 in)');
    expect(formatDepth(3, 3, 'imperial')).toBe('3 cun (≈ 2.4 in)');
  });

  it("with the patient's own B-cun, the length is the patient's and says so, whatever the units setting", () => {
    // 2.47 cm per cun: 1 → 2.47 → 2.5; 1.5 → 3.705 → 3.7
    expect(formatDepth(1, 1.5, 'cun', 2.47)).toBe('1–1.5 cun (≈ 2.5–3.7 cm on this patient)');
    expect(formatDepth(1, 1.5, 'metric', 2.47)).toBe('1–1.5 cun (≈ 2.5–3.7 cm on this patient)');
    // 2 cun × 2.54 cm = 5.08 cm = 2 in
    expect(formatDepth(2, 2, 'imperial', 2.54)).toBe('2 cun (≈ 2 in on this patient)');
  });
});
