// Hand-checked standard facts of the HT, SI, BL, KI and PC channel files, written independently of the
// data (WHO 2008, Deadman 2007, Cheng 1987). The structural checks run in channel-structure.test.ts.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../../points/schema/point';
import { categoriesOf, codesWith as codesIn, lookup, pointsOf } from './channel-kit';
import { MM, type Vec3, bCun, dist, expectNear, landmark, placed } from './placed-points';

const mine = pointsOf('HT', 'SI', 'BL', 'KI', 'PC');
const point = lookup(mine);
const kinds = (code: string, kind: Category['kind']): Category[] => categoriesOf(point(code), kind);
const codesWith = (kind: Category['kind']): string[] => codesIn(mine, kind);

describe('standard categories of the HT/SI/BL/KI/PC points', () => {
  const FIVE_SHU: Record<string, [string, string]> = {
    HT9: ['jing-well', 'wood'],
    HT8: ['ying-spring', 'fire'],
    HT7: ['shu-stream', 'earth'],
    HT4: ['jing-river', 'metal'],
    HT3: ['he-sea', 'water'],
    PC9: ['jing-well', 'wood'],
    PC8: ['ying-spring', 'fire'],
    PC7: ['shu-stream', 'earth'],
    PC5: ['jing-river', 'metal'],
    PC3: ['he-sea', 'water'],
    KI1: ['jing-well', 'wood'],
    KI2: ['ying-spring', 'fire'],
    KI3: ['shu-stream', 'earth'],
    KI7: ['jing-river', 'metal'],
    KI10: ['he-sea', 'water'],
    SI1: ['jing-well', 'metal'],
    SI2: ['ying-spring', 'water'],
    SI3: ['shu-stream', 'wood'],
    SI5: ['jing-river', 'fire'],
    SI8: ['he-sea', 'earth'],
    BL67: ['jing-well', 'metal'],
    BL66: ['ying-spring', 'water'],
    BL65: ['shu-stream', 'wood'],
    BL60: ['jing-river', 'fire'],
  };

  it('gives exactly the standard five-shu points and phases', () => {
    expect(codesWith('five-shu')).toEqual(Object.keys(FIVE_SHU).sort());
    for (const [code, [shu, phase]] of Object.entries(FIVE_SHU))
      expect(kinds(code, 'five-shu'), code).toEqual([{ kind: 'five-shu', shu, phase }]);
  });

  it('gives the standard yuan-source, luo-connecting and xi-cleft points', () => {
    expect(codesWith('yuan-source')).toEqual(['BL64', 'HT7', 'KI3', 'PC7', 'SI4']);
    expect(codesWith('luo-connecting')).toEqual(['BL58', 'HT5', 'KI4', 'PC6', 'SI7']);
    // BL59, KI8 and KI9 are the xi-cleft points of the yang qiao, yin qiao and yin wei vessels.
    expect(codesWith('xi-cleft')).toEqual(['BL59', 'BL63', 'HT6', 'KI5', 'KI8', 'KI9', 'PC4', 'SI6']);
  });

  it('gives the back-shu organs of the first Bladder line', () => {
    const organs: Record<string, string> = {
      BL13: 'lung',
      BL14: 'pericardium',
      BL15: 'heart',
      BL18: 'liver',
      BL19: 'gallbladder',
      BL20: 'spleen',
      BL21: 'stomach',
      BL22: 'triple-energizer',
      BL25: 'large-intestine',
      BL27: 'small-intestine',
      BL28: 'bladder',
    };
    for (const [code, organ] of Object.entries(organs))
      expect(kinds(code, 'back-shu'), code).toEqual([{ kind: 'back-shu', organ }]);
  });

  it('gives the influential, confluent and lower he-sea points', () => {
    expect(kinds('BL11', 'influential')).toEqual([{ kind: 'influential', tissue: 'bone' }]);
    expect(kinds('BL17', 'influential')).toEqual([{ kind: 'influential', tissue: 'blood' }]);
    const confluent = mine.flatMap((p) =>
      p.categories.filter((c) => c.kind === 'confluent').map((c) => `${p.code}:${c.vessel}`),
    );
    expect(confluent.sort()).toEqual(['BL62:yang-qiao', 'KI6:yin-qiao', 'PC6:yin-wei', 'SI3:du']);
    expect(kinds('BL39', 'lower-he-sea')).toEqual([{ kind: 'lower-he-sea', organ: 'triple-energizer' }]);
  });

  it('marks KI11–KI21 as meeting points with the chong vessel', () => {
    for (let n = 11; n <= 21; n++)
      expect(kinds(`KI${n}`, 'crossing'), `KI${n}`).toEqual([{ kind: 'crossing', channels: ['KI', 'chong'] }]);
  });
});

describe('Bladder back points placed by vertebral level', () => {
  // WHO 2008: first line 1.5 B-cun, second line 3 B-cun lateral, level with the lower border of the spinous process.
  // Checked where each point lands on the default body. The spinous landmarks are the depressions just below the
  // tips; one B-cun across the back is the distance between the medial borders of the scapulae over 6. The points
  // are projected straight backwards onto the skin, which keeps their height and their distance from the midline:
  // 2 mm covers the asset's rounding.
  const LEVELS: Record<string, [string, number]> = {
    BL11: ['t1', 1.5],
    BL12: ['t2', 1.5],
    BL13: ['t3', 1.5],
    BL14: ['t4', 1.5],
    BL15: ['t5', 1.5],
    BL16: ['t6', 1.5],
    BL17: ['t7', 1.5],
    BL18: ['t9', 1.5],
    BL19: ['t10', 1.5],
    BL20: ['t11', 1.5],
    BL21: ['t12', 1.5],
    BL22: ['l1', 1.5],
    BL24: ['l3', 1.5],
    BL25: ['l4', 1.5],
    BL26: ['l5', 1.5],
    BL41: ['t2', 3],
    BL42: ['t3', 3],
    BL43: ['t4', 3],
    BL44: ['t5', 3],
    BL45: ['t6', 3],
    BL46: ['t7', 3],
    BL47: ['t9', 3],
    BL48: ['t10', 3],
    BL49: ['t11', 3],
    BL50: ['t12', 3],
    BL51: ['l1', 3],
    BL52: ['l2', 3],
  };
  // WHO 2008: BL27–BL30 and BL53–BL54 level with the nth posterior sacral foramen, 1.5 / 3 B-cun lateral to the
  // median sacral crest; BL31–BL34 in the nth posterior sacral foramen (cun 0).
  const SACRAL: Record<string, [number, number]> = {
    BL27: [1, 1.5],
    BL28: [2, 1.5],
    BL29: [3, 1.5],
    BL30: [4, 1.5],
    BL31: [1, 0],
    BL32: [2, 0],
    BL33: [3, 0],
    BL34: [4, 0],
    BL53: [2, 3],
    BL54: [4, 3],
  };
  const cun = bCun('back-transverse');
  const onBack = (code: string): Vec3 => {
    const { position, normal } = placed(code);
    expect(position[2] < 0 && normal[2] < 0, `${code}: on the back, the skin facing backwards`).toBe(true);
    return position;
  };

  it.each(Object.entries(LEVELS))(
    '%s is level with the depression below its spinous process, on its line',
    (code, [v, lateralCun]) => {
      const p = onBack(code);
      expectNear(p[1], landmark(`${v}-spinous`)[1], 2 * MM, `${code}: level with below ${v.toUpperCase()}`);
      expectNear(p[0], lateralCun * cun, 2 * MM, `${code}: ${lateralCun} B-cun lateral of the posterior midline`);
    },
  );

  it.each(Object.entries(SACRAL))('%s sits at its sacral foramen level', (code, [n, lateralCun]) => {
    const p = onBack(code);
    if (lateralCun === 0) {
      expect(dist(p, landmark(`s${n}-foramen`)), `${code}: in sacral foramen ${n}`).toBeLessThan(2 * MM);
    } else {
      expectNear(p[1], landmark(`s${n}-foramen`)[1], 2 * MM, `${code}: level with sacral foramen ${n}`);
      expectNear(
        p[0] - landmark(`s${n}-median-crest`)[0],
        lateralCun * cun,
        2 * MM,
        `${code}: ${lateralCun} B-cun lateral of the median sacral crest`,
      );
    }
  });

  it('warns about the lung at the thoracic back points', () => {
    for (const code of ['BL13', 'BL17', 'BL21', 'BL43', 'BL50', 'SI14', 'KI25', 'PC1']) {
      expect(
        point(code).cautions.some((c) => /pneumothorax/i.test(c.text)),
        code,
      ).toBe(true);
    }
  });
});
