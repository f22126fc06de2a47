import { describe, expect, it } from 'vitest';
import {
  codeKey,
  fold,
  hanziKey,
  hasHanzi,
  pinyinKey,
  spacedKey,
  stem,
  textTokens,
} from '../../../points/search/normalize';
import { withinOneEdit } from '../../../points/search/text-index';

describe('search normalisation', () => {
  it('folds pinyin tone marks and ü', () => {
    expect(fold('Zúsānlǐ')).toBe('zusanli');
    expect(fold('Nǚ')).toBe('nu');
  });

  it('pinyin keys ignore spaces, tone numbers, case and the v-for-ü habit', () => {
    expect(pinyinKey('zu san li')).toBe('zusanli');
    expect(pinyinKey('Zu3 San1 Li3')).toBe('zusanli');
    expect(pinyinKey('Huán-tiào')).toBe('huantiao');
    expect(pinyinKey('lv')).toBe(pinyinKey('lǚ'));
  });

  it('hanzi keys keep only ideographs', () => {
    expect(hanziKey('環 跳 (GB30)')).toBe('環跳');
    expect(hasHanzi('gb30')).toBe(false);
    expect(hasHanzi('足三里')).toBe(true);
  });

  it('spaced and code keys', () => {
    expect(spacedKey('Leg-Three  Miles!')).toBe('leg three miles');
    expect(codeKey('gb-030')).toBe('GB030');
  });

  it('full-text tokens drop stop words and fold plurals but not -ss/-is/-us words', () => {
    expect(textTokens('Pains of the hips and legs')).toEqual(['pain', 'hip', 'leg']);
    expect(stem('paresis')).toBe('paresis');
    expect(stem('stress')).toBe('stress');
  });

  it('one-edit check covers substitution, insertion, deletion and adjacent swap only', () => {
    expect(withinOneEdit('sciatca', 'sciatica')).toBe(true);
    expect(withinOneEdit('sciaitca', 'sciatica')).toBe(true);
    expect(withinOneEdit('sciatixa', 'sciatica')).toBe(true);
    expect(withinOneEdit('sciatic', 'sciatica')).toBe(true);
    expect(withinOneEdit('sxiatixa', 'sciatica')).toBe(false);
    expect(withinOneEdit('abcx', 'abyc')).toBe(false);
  });
});
