// Ranking rules on a small hand-made corpus, independent of the knowledge-base data: which tier wins,
// ties, partial codes, several codes, typos. Names and codes are standard (WHO 2008 / Deadman 2007).
import { describe, expect, it } from 'vitest';
import { ALIASES, createCodeResolver } from '../../../points/aliases';
import { createSearchIndex } from '../../../points/search';
import type { SearchablePoint } from '../../../points/search';

const pt = (
  code: string,
  toned: string,
  plain: string,
  simp: string,
  trad: string,
  english: string[],
  indications: string[] = [],
): SearchablePoint => ({
  code,
  pinyin: { toned, plain },
  hanzi: { simplified: simp, traditional: trad },
  english,
  functions: [],
  indications,
});

const points = [
  pt('LI10', 'Shǒusānlǐ', 'Shousanli', '手三里', '手三里', ['Arm Three Miles']),
  {
    ...pt('ST36', 'Zúsānlǐ', 'Zusanli', '足三里', '足三里', ['Leg Three Miles'], ['Weakness of the leg; knee pain']),
    featured: true,
  },
  pt('GB3', 'Shàngguān', 'Shangguan', '上关', '上關', ['Above the Joint']),
  pt('GB30', 'Huántiào', 'Huantiao', '环跳', '環跳', ['Jumping Circle'], ['Sciatica; hip pain']),
  pt(
    'GB34',
    'Yánglíngquán',
    'Yanglingquan',
    '阳陵泉',
    '陽陵泉',
    ['Yang Mound Spring'],
    ['Numbness of the outer thigh'],
  ),
  pt('SP9', 'Yīnlíngquán', 'Yinlingquan', '阴陵泉', '陰陵泉', ['Yin Mound Spring'], ['Oedema; knee pain']),
  pt('TE5', 'Wàiguān', 'Waiguan', '外关', '外關', ['Outer Pass']),
  pt('PC6', 'Nèiguān', 'Neiguan', '内关', '內關', ['Inner Pass'], ['Nausea and vomiting']),
  pt('LR3', 'Tàichōng', 'Taichong', '太冲', '太衝', ['Great Rushing']),
  pt('LI4', 'Hégǔ', 'Hegu', '合谷', '合谷', ['Joining Valley']),
];
const index = createSearchIndex({
  points,
  pairings: [
    { id: 'four-gates', points: ['LI4', 'LR3'], title: 'Four Gates', text: ['calms and stops pain'] },
    { id: 'gb30-gb34', points: ['GB30', 'GB34'], title: 'GB30 + GB34', text: ['sciatica along the lateral leg'] },
  ],
  conditions: [
    {
      id: 'meralgia-paresthetica',
      name: 'Meralgia paresthetica',
      aliases: ['lateral femoral cutaneous nerve'],
      points: ['GB34'],
      text: ['burning outer thigh'],
    },
  ],
  resolveCode: createCodeResolver(ALIASES),
});
const top = (q: string): string | undefined => index.search(q)[0]?.id;
const ids = (q: string, n: number): string[] =>
  index
    .search(q)
    .slice(0, n)
    .map((r) => r.id);

describe('search ranking', () => {
  it('an exact code beats everything, in any alias convention', () => {
    expect(index.search('sj5')[0]).toMatchObject({ type: 'point', id: 'TE5', match: 'code', score: 1 });
    expect(top('LIV-3')).toBe('LR3');
    expect(top('hc 6')).toBe('PC6');
    expect(top('co4')).toBe('LI4');
  });

  it('a code being typed lists the channel points whose number starts with the digits', () => {
    expect(ids('gb3', 3)).toEqual(['GB3', 'GB30', 'GB34']);
  });

  it('several codes find the pairing that holds them all, first', () => {
    expect(index.search('gb34 gb30')[0]).toMatchObject({ type: 'pairing', id: 'gb30-gb34' });
  });

  it('a name fragment ranks the name it covers most first; equal matches put the featured points first', () => {
    expect(ids('sanli', 2)).toEqual(['ST36', 'LI10']);
    expect(ids('三里', 2)).toEqual(['ST36', 'LI10']);
    expect(ids('three miles', 2)).toEqual(['ST36', 'LI10']);
  });

  it('pinyin with tone marks, tone numbers or spaces finds the same point', () => {
    for (const q of ['Zúsānlǐ', 'zu3 san1 li3', 'zu san li', 'ZUSANLI']) expect(top(q)).toBe('ST36');
  });

  it('traditional and simplified hanzi both come from the record fields', () => {
    expect(top('上關')).toBe('GB3');
    expect(top('上关')).toBe('GB3');
    expect(top('內關')).toBe('PC6');
  });

  it('a one-letter typo still finds the intended name, not its yin/yang twin', () => {
    expect(top('yanglinquan')).toBe('GB34');
    expect(top('yinlingquam')).toBe('SP9');
    expect(top('huantaio')).toBe('GB30');
  });

  it('a name match outranks a full-text match', () => {
    const r = index.search('meralgia');
    expect(r[0]).toMatchObject({ type: 'condition', id: 'meralgia-paresthetica' });
    expect(r.map((x) => x.id)).toContain('GB34');
  });

  it('full text finds points by indication, with typos', () => {
    expect(top('nausea')).toBe('PC6');
    expect(top('nausae')).toBe('PC6');
    expect(ids('knee pain', 2).sort()).toEqual(['SP9', 'ST36']);
  });

  it('returns typed results, at most the limit, and nothing for blank input', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('a', { limit: 3 }).length).toBeLessThanOrEqual(3);
    for (const r of index.search('pain')) expect(['point', 'pairing', 'condition']).toContain(r.type);
  });
});
