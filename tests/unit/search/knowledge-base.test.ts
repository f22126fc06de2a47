// Search over the real knowledge base: the top result a clinician expects for what they type. The
// expectations are standard facts (WHO 2008 codes, pinyin, hanzi, Deadman 2007 English names), not
// the module's output; every alias convention, pinyin form, script, English name, condition and typo.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';
import { createKnowledgeBaseSearch } from '../../../points/search/knowledge-base-search';

const index = createKnowledgeBaseSearch();
const first = (q: string) => index.search(q)[0];

/** query → expected first result (a point code, or "type:id") */
function expectTop(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [query, expected] of cases) {
    const [type, id] = expected.includes(':') ? expected.split(':') : ['point', expected];
    expect({ query, top: first(query) && `${first(query)?.type}:${first(query)?.id}` }).toEqual({
      query,
      top: `${type}:${id}`,
    });
  }
}

describe('search over the knowledge base: the seven seed points', () => {
  it('by code', () =>
    expectTop([
      ['GB30', 'GB30'],
      ['bl40', 'BL40'],
      ['gb34', 'GB34'],
      ['BL23', 'BL23'],
      ['li4', 'LI4'],
      ['SP6', 'SP6'],
      ['st36', 'ST36'],
    ]));

  it('by pinyin, plain, toned and spaced', () =>
    expectTop([
      ['huantiao', 'GB30'],
      ['Huántiào', 'GB30'],
      ['huan tiao', 'GB30'],
      ['weizhong', 'BL40'],
      ['Wěizhōng', 'BL40'],
      ['wei zhong', 'BL40'],
      ['yanglingquan', 'GB34'],
      ['Yánglíngquán', 'GB34'],
      ['yang ling quan', 'GB34'],
      ['shenshu', 'BL23'],
      ['Shènshū', 'BL23'],
      ['hegu', 'LI4'],
      ['Hégǔ', 'LI4'],
      ['he gu', 'LI4'],
      ['sanyinjiao', 'SP6'],
      ['Sānyīnjiāo', 'SP6'],
      ['san yin jiao', 'SP6'],
      ['zusanli', 'ST36'],
      ['Zúsānlǐ', 'ST36'],
      ['zu san li', 'ST36'],
      ['zu3 san1 li3', 'ST36'],
    ]));

  it('by English name', () =>
    expectTop([
      ['jumping circle', 'GB30'],
      ['middle of the crook', 'BL40'],
      ['yang mound spring', 'GB34'],
      ['kidney shu', 'BL23'],
      ['joining valley', 'LI4'],
      ['union valley', 'LI4'],
      ['three yin intersection', 'SP6'],
      ['leg three miles', 'ST36'],
    ]));

  it('by simplified and traditional hanzi', () =>
    expectTop([
      ['环跳', 'GB30'],
      ['環跳', 'GB30'],
      ['委中', 'BL40'],
      ['阳陵泉', 'GB34'],
      ['陽陵泉', 'GB34'],
      ['肾俞', 'BL23'],
      ['腎俞', 'BL23'],
      ['合谷', 'LI4'],
      ['三阴交', 'SP6'],
      ['三陰交', 'SP6'],
      ['足三里', 'ST36'],
    ]));
});

describe('search over the knowledge base: codes in every convention', () => {
  it('formatting variants of the WHO code', () =>
    expectTop([
      ['gb 30', 'GB30'],
      ['GB-30', 'GB30'],
      ['GB030', 'GB30'],
      ['gb.30', 'GB30'],
    ]));

  it('channel abbreviations of other traditions resolve to the WHO code', () =>
    expectTop([
      ['SJ5', 'TE5'],
      ['TB5', 'TE5'],
      ['TH5', 'TE5'],
      ['TW5', 'TE5'],
      ['te5', 'TE5'],
      ['LIV3', 'LR3'],
      ['LV3', 'LR3'],
      ['Liv-3', 'LR3'],
      ['DU20', 'GV20'],
      ['du 20', 'GV20'],
      ['REN12', 'CV12'],
      ['RN12', 'CV12'],
      ['HE7', 'HT7'],
      ['H7', 'HT7'],
      ['KID3', 'KI3'],
      ['K3', 'KI3'],
      ['P6', 'PC6'],
      ['HC6', 'PC6'],
      ['PE6', 'PC6'],
      ['UB40', 'BL40'],
      ['L7', 'LU7'],
      ['CO4', 'LI4'],
    ]));

  it('extra points by region code, and Yintang by its second code', () =>
    expectTop([
      ['EX-HN3', 'EX-HN3'],
      ['exhn3', 'EX-HN3'],
      ['GV29', 'EX-HN3'],
    ]));
});

describe('search over the knowledge base: other points by name', () => {
  it('pinyin', () =>
    expectTop([
      ['taichong', 'LR3'],
      ['neiguan', 'PC6'],
      ['waiguan', 'TE5'],
      ['baihui', 'GV20'],
      ['yintang', 'EX-HN3'],
      ['fengchi', 'GB20'],
      ['quchi', 'LI11'],
      ['lieque', 'LU7'],
      ['shenmen', 'HT7'],
      ['taixi', 'KI3'],
      ['zhongwan', 'CV12'],
      ['yongquan', 'KI1'],
      ['kunlun', 'BL60'],
      ['zhibian', 'BL54'],
      ['yinlingquan', 'SP9'],
      ['xuehai', 'SP10'],
      ['tianshu', 'ST25'],
    ]));

  it('hanzi, both scripts', () =>
    expectTop([
      ['太冲', 'LR3'],
      ['太衝', 'LR3'],
      ['内关', 'PC6'],
      ['內關', 'PC6'],
      ['百会', 'GV20'],
      ['百會', 'GV20'],
      ['风池', 'GB20'],
      ['風池', 'GB20'],
    ]));

  it('English', () =>
    expectTop([
      ['great rushing', 'LR3'],
      ['hundred meetings', 'GV20'],
      ['inner pass', 'PC6'],
      ['wind pool', 'GB20'],
    ]));
});

describe('search over the knowledge base: conditions, pairings, typos', () => {
  it('a condition name or search term puts the condition first, its points after', () => {
    expectTop([
      ['meralgia', 'condition:meralgia-paresthetica'],
      ['piriformis', 'condition:sciatica-piriformis'],
      ['femoral nerve', 'condition:femoral-nerve-compression'],
      ['herniated disc', 'condition:lumbar-radiculopathy'],
      ['hip pain with leg numbness', 'condition:hip-pain-leg-numbness'],
    ]);
    const sciatica = index.search('sciatica');
    expect(sciatica[0]?.type).toBe('condition');
    expect(['sciatica-piriformis', 'lumbar-radiculopathy']).toContain(sciatica[0]?.id);
    // The points after it are the local points of the sciatica conditions, GB30 — the key point over the
    // sciatic nerve (Deadman 2007; the Fuji Wellness clinic article) — among the first two.
    const points = sciatica.filter((r) => r.type === 'point').map((r) => r.id);
    expect(points.slice(0, 2)).toContain('GB30');
    const found = new Set(sciatica.filter((r) => r.type === 'condition').map((r) => r.id));
    const local = new Set(
      loadKnowledgeBase()
        .conditions.filter((c) => found.has(c.id))
        .flatMap((c) => c.points.filter((p) => p.role === 'local').map((p) => p.code)),
    );
    for (const code of points.slice(0, 2)) expect(local, code).toContain(code);
  });

  it('several codes find their pairing; a pairing name finds it', () =>
    expectTop([
      ['gb30 gb34', 'pairing:gb30-gb34-sciatica'],
      ['GB34 + GB30', 'pairing:gb30-gb34-sciatica'],
      ['li4 lr3', 'pairing:four-gates'],
      ['four gates', 'pairing:four-gates'],
    ]));

  it('one typo in a name still finds it', () =>
    expectTop([
      ['huantaio', 'GB30'],
      ['zusanly', 'ST36'],
      ['yanglinquan', 'GB34'],
      ['sanyinjao', 'SP6'],
      ['weizong', 'BL40'],
      ['heguu', 'LI4'],
      ['taichung', 'LR3'],
      ['jumpin circle', 'GB30'],
      ['meralgia parestetica', 'condition:meralgia-paresthetica'],
    ]));

  it('a typo in a condition still finds the condition first', () => {
    expect(first('sciatca')?.type).toBe('condition');
    expect(first('piriformys')).toMatchObject({ type: 'condition', id: 'sciatica-piriformis' });
  });
});
