// The seven seed points must hold every fact seed document 003 gives for them. Each fact is listed
// here as a short paraphrase with a pattern that the record's text must match (our own words there).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, KNOWLEDGE_BASE_INPUT } from '../../../points/knowledge-base';
import seedJson from '../../../points/data/points/featured.json';
import type { Technique } from '../../../points/schema/common';
import type { PointRecord } from '../../../points/schema/point';

type Fact = [fact: string, pattern: RegExp];

const SEED_FACTS: Record<string, Fact[]> = {
  GB30: [
    ['on the buttock', /buttock/i],
    ['lateral third / medial two thirds', /third.*two thirds|two thirds.*third/is],
    ['line greater trochanter to sacral hiatus', /greater trochanter.*sacral hiatus/is],
    ['deep in gluteal muscles', /deep in the gluteal/i],
    ['near the sciatic nerve', /sciatic nerve/i],
    ['primary Gallbladder point', /main local point of the Gallbladder/i],
    ['dispels wind-damp', /wind-damp/i],
    ['moves qi and blood', /qi and blood/i],
    ['removes obstruction hip and lower limb', /obstruction/i],
    ['strengthens lower back and hip', /strengthens the lower back and hip/i],
    ['resolves stagnation', /stagnation/i],
    ['relaxes piriformis', /piriformis/i],
    ['piriformis syndrome', /piriformis syndrome/i],
    ['local circulation, less inflammation', /blood flow|circulation/i],
    ['inflammation around the nerve', /inflammation around the nerve/i],
    ['sciatica', /sciatica/i],
    ['gluteal tightness', /tight gluteal|gluteal (muscle )?tension/i],
    ['sharp radiating hip-to-leg pain', /sharp.*(radiating|shooting)|radiating.*sharp/is],
    ['improves mobility', /move more freely|mobility/i],
    ['deep needling in Tokyo', /deep needling/i],
    ['moxibustion', /moxa|moxibustion/i],
    ['combined with GB34', /GB34/],
    ['combined with BL40', /BL40/],
    ['finer needles because deep', /thin(ner)?.*needles|fine.*needles/i],
  ],
  BL40: [
    ['centre of the popliteal crease', /midpoint of the popliteal crease/i],
    ['back of the knee', /back of the knee/i],
    ['between biceps femoris and semitendinosus', /biceps femoris.*semitendinosus/is],
    ['key Bladder point', /Bladder-channel point/i],
    ['clears heat', /clears heat/i],
    ['relaxes tendons', /relaxes the sinews and tendons/i],
    ['pain of lower back, hip and legs', /lower back, hip and legs/i],
    ['major point for sciatica', /sciatica/i],
    ['lumbar nerve compression', /nerve compression of lumbar origin/i],
    ['modulates pain along the sciatic pathway', /course of the sciatic nerve/i],
    ['reduces inflammation lower back and leg', /inflammation of the lumbar region and leg/i],
    ['relaxes the hamstrings', /hamstrings/i],
    ['tight hamstrings irritate the nerve', /tightness can add to nerve irritation/i],
    ['herniated disc', /herniated disc/i],
    ['pain from lower back through hip to leg', /lower back through the hip/i],
    ['burning or aching', /burning or aching/i],
    ['improves leg mobility', /leg movement|leg mobility/i],
    ['paired with BL23', /BL23/],
    ['paired with GB30', /GB30/],
    ['moxibustion', /moxa|moxibustion/i],
    ['cupping', /cupping|cups/i],
    ['avoid deep needling with knee injuries', /injured knee|knee injur/i],
  ],
  GB34: [
    ['below the knee', /below the knee/i],
    ['depression anterior and inferior to the fibular head', /in front of and below the head of the fibula/i],
    ['one finger-breadth below the knee joint', /one finger-breadth below/i],
    ['influential point of tendons and muscles', /Influential \(meeting\) point of the sinews/i],
    ['relaxes sinews', /relaxes tendons and muscles/i],
    ['dispels wind-damp', /wind-damp/i],
    ['qi flow in the lower limbs', /qi through the lower limbs/i],
    ['musculoskeletal and nerve-related pain', /musculoskeletal pain.*nerve-related/is],
    ['less tension in leg and hip', /tension around the leg and hip/i],
    ['lateral femoral cutaneous nerve', /lateral femoral cutaneous nerve/i],
    ['meralgia paresthetica', /meralgia paresthetica/i],
    ['proprioception', /proprioception/i],
    ['less inflammation', /inflammation/i],
    ['outer-thigh numbness or tingling', /outer thigh/i],
    ['stiffness feeding sciatic compression', /stiffness that adds to sciatic nerve compression/i],
    ['hip and leg flexibility', /flexibility/i],
    ['combined with SP6 for systemic benefit', /SP6 for whole-body \(systemic\)/i],
    ['shallow needling', /shallow/i],
    ['electro-acupuncture', /electro-acupuncture/i],
  ],
  BL23: [
    ['lower back', /lumbar region/i],
    ['1.5 cun lateral', /1\.5 B-cun lateral/i],
    ['about two finger-breadths', /two finger-breadths/i],
    ['lower border of the L2 spinous process', /bottom edge of the L2 spinous process/i],
    ['back-shu of the kidney', /Back-shu point of the kidney/i],
    ['strengthens kidney qi', /strengthens kidney qi/i],
    ['nourishes blood', /nourishes blood/i],
    ['supports lower back and hips', /lower back and hips/i],
    ['chronic pain and weakness', /chronic pain and weakness/i],
    ['improves lumbar circulation', /circulation in the lumbar region/i],
    ['less inflammation around spinal nerves', /inflammation around the spinal nerve/i],
    ['supports energy and healing', /energy and healing/i],
    ['herniated disc', /herniated disc/i],
    ['spinal stenosis', /spinal stenosis/i],
    ['radiating to the hip', /radiating to the hip/i],
    ['low back stiffness', /stiffness.*lower back/is],
    ['hip pain', /hip pain/i],
    ['paired with BL40', /BL40/],
    ['paired with GB30', /GB30/],
    ['moxibustion in Tokyo, colder months', /colder months/i],
    ['cupping', /cupping|cups/i],
  ],
  LI4: [
    ['on the hand', /hand/i],
    ['web between thumb and index finger', /web between thumb and index finger/i],
    ['top of the muscle when thumb and index are pressed together', /top of the muscle bulge/i],
    ['major Large Intestine point', /Large Intestine point/i],
    ['promotes qi circulation', /moves qi/i],
    ['relieves pain', /stops pain|pain relief/i],
    ['reduces inflammation', /inflammation/i],
    ['command point for head and neck (seed)', /head and neck/i],
    ['systemic pain', /systemic pain/i],
    ['potent analgesic', /analgesic/i],
    ['endorphin release', /endorphin/i],
    ['modulates pain pathways', /pain pathways/i],
    ['complements local hip points', /complements the local hip points/i],
    ['supportive for sciatica', /sciatica/i],
    ['supportive for meralgia paresthetica', /meralgia paresthetica/i],
    ['stress-related nerve pain', /stress/i],
    ['contraindicated in pregnancy: strong qi-moving', /pregnancy: its strong action in moving qi/i],
    ['gentle needling in sensitive patients', /gently|gentle/i],
    ['avoid overstimulation', /overstimulat/i],
  ],
  SP6: [
    ['inner (medial) leg', /Medial \(tibial\) side of the lower leg/i],
    ['3 cun above the medial malleolus', /3 B-cun above the prominence of the medial malleolus/i],
    ['about four finger-breadths', /four finger-breadths/i],
    ['just posterior to the tibia', /behind the medial border of the tibia/i],
    ['crossing of Spleen, Liver and Kidney', /crossing\) point of three leg yin channels: Spleen, Liver and Kidney/i],
    ['nourishes blood', /nourishes blood/i],
    ['calms the mind', /calms the mind/i],
    ['reduces inflammation', /Reduces inflammation/i],
    ['circulation and nerve health in lower limbs', /blood flow and the health of the nerves of the legs/i],
    ['microcirculation', /microcirculation/i],
    ['neurogenic inflammation', /neurogenic inflammation/i],
    ['numbness and tingling', /numbness and tingling/i],
    ['stress as a trigger', /stress/i],
    ['weakness of hip or leg', /weakness of the hip or leg/i],
    ['meralgia paresthetica', /meralgia paresthetica/i],
    ['femoral nerve compression', /femoral nerve compression/i],
    ['nerve recovery', /Recovery of nerve function/i],
    ['combined with GB34', /GB34/],
    ['combined with ST36', /ST36/],
    ['staple for women with nerve pain', /women with nerve pain/i],
    ['hormonal imbalances', /hormonal imbalance/i],
  ],
  ST36: [
    ['below the knee', /lower leg|below the knee|3 B-cun below ST35/i],
    ['3 cun below the lower border of the patella', /3 B-cun below ST35/i],
    ['lower edge of the patella', /lower edge of the patella/i],
    ['about four finger-breadths', /four finger-breadths/i],
    [
      'one finger-breadth lateral to the tibial crest',
      /one finger-breadth lateral to the anterior crest of the tibia/i,
    ],
    ['key Stomach point', /Stomach-channel point/i],
    ['boosts qi', /boosts qi/i],
    ['strengthens the body', /body's strength/i],
    ['promotes healing', /promotes healing/i],
    ['relieves pain', /Relieves pain/i],
    ['lower-limb circulation', /blood flow through the legs/i],
    ['immune function', /immune function/i],
    ['reduces inflammation', /reducing inflammation/i],
    ['muscle and nerve health of leg and hip', /muscles and nerves of the leg and hip/i],
    ['endorphin release', /endorphin/i],
    ['general leg and hip discomfort', /Leg and hip discomfort/i],
    ['weakness or fatigue with nerve pain', /weakness or fatigue comes with nerve pain/i],
    ['recovery from chronic compression', /chronic\) nerve compression/i],
    ['moxibustion in Tokyo to boost energy', /moxa in Tokyo clinics to build up energy/i],
    ['versatile', /versatile/i],
    ['paired with GB30', /GB30/],
    ['paired with BL40', /BL40/],
  ],
};

/** Which techniques the seed names for each point (moxibustion: GB30, BL23, ST36; cupping: BL23, GB30 …). */
const SEED_TECHNIQUES: Record<string, Technique[]> = {
  GB30: ['moxibustion', 'cupping', 'needling', 'japanese-needling'],
  BL40: ['moxibustion', 'cupping'],
  GB34: ['electro-acupuncture', 'japanese-needling'],
  BL23: ['moxibustion', 'cupping'],
  LI4: ['japanese-needling'],
  SP6: ['japanese-needling'],
  ST36: ['moxibustion'],
};

const textOf = (p: PointRecord): string =>
  [
    p.location.text,
    ...p.functions,
    ...p.indications,
    p.rationale ?? '',
    ...(p.clinicalNotes ?? []),
    ...p.cautions.map((c) => c.text),
    ...(p.techniques ?? []).map((t) => t.text),
    ...p.needling.map((n) => n.note ?? ''),
  ].join('\n');

// Seed file only: these checks must not depend on the state of the channel files.
const kb = buildKnowledgeBase({
  ...KNOWLEDGE_BASE_INPUT,
  pointFiles: [{ file: 'points/data/points/featured.json', data: seedJson }],
});
const point = (code: string): PointRecord => {
  const p = kb.points.find((x) => x.code === code);
  if (!p) throw new Error(`no record ${code}`);
  return p;
};

describe.each(Object.keys(SEED_FACTS))('seed point %s', (code) => {
  it.each(SEED_FACTS[code]!)('covers: %s', (_fact, pattern) => {
    expect(textOf(point(code))).toMatch(pattern);
  });

  it('is a seed point citing seed 003, with needling, cautions and the seed conditions', () => {
    const p = point(code);
    expect(p.featured).toBe(true);
    expect(p.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['web-fuji-wellness', 'who-2008']));
    expect(p.needling.length).toBeGreaterThan(0);
    expect(p.cautions.length).toBeGreaterThan(0);
    expect(p.rationale?.length ?? 0).toBeGreaterThan(40);
    expect(p.conditions?.length ?? 0).toBeGreaterThan(0);
  });

  it('has the techniques the seed names, each citing seed 003', () => {
    const fromSeed = (point(code).techniques ?? [])
      .filter((t) => t.sources.some((s) => s.id === 'web-fuji-wellness'))
      .map((t) => t.technique);
    expect(fromSeed).toEqual(expect.arrayContaining(SEED_TECHNIQUES[code]!));
  });
});

describe('seed point structure', () => {
  it('categories follow the standard references', () => {
    expect(point('GB34').categories).toContainEqual({ kind: 'influential', tissue: 'tendon' });
    expect(point('BL23').categories).toContainEqual({ kind: 'back-shu', organ: 'kidney' });
    expect(point('SP6').categories).toContainEqual({ kind: 'crossing', channels: ['SP', 'LR', 'KI'] });
    expect(point('LI4').categories).toContainEqual({ kind: 'yuan-source' });
    for (const c of ['BL40', 'GB34', 'ST36'])
      expect(point(c).categories).toContainEqual({ kind: 'five-shu', shu: 'he-sea', phase: 'earth' });
  });

  it('pregnancy is a contraindication at LI4 and SP6', () => {
    for (const c of ['LI4', 'SP6']) {
      expect(
        point(c).cautions.some((x) => x.severity === 'contraindicated' && /pregnan/i.test(x.text)),
        c,
      ).toBe(true);
    }
  });

  it('the named anatomical cautions are present', () => {
    expect(point('GB30').cautions.some((c) => /sciatic nerve/i.test(c.text))).toBe(true);
    expect(point('BL23').cautions.some((c) => /kidney/i.test(c.text))).toBe(true);
    expect(
      point('BL40').cautions.some((c) => /knee/i.test(c.text) && c.sources.some((s) => s.id === 'web-fuji-wellness')),
    ).toBe(true);
  });

  it('location rules follow WHO 2008', () => {
    expect(point('GB30').location.rule).toMatchObject({
      expr: { along: ['greater-trochanter', 'sacral-hiatus'] },
      face: 'posterior',
    });
    expect((point('GB30').location.rule.expr as { fraction: number }).fraction).toBeCloseTo(1 / 3, 10);
    expect(point('BL40').location.rule.expr).toBe('popliteal-crease-mid');
    expect(point('BL23').location.rule).toMatchObject({
      expr: { from: 'l2-spinous', move: [{ dir: 'lateral', cun: 1.5 }] },
      scale: 'back-transverse',
    });
    expect(point('LI4').location.rule.expr).toBe('metacarpal-2-mid');
    expect(point('SP6').location.rule).toMatchObject({ expr: { from: 'medial-malleolus' }, scale: 'leg-medial' });
    expect((point('SP6').location.rule.expr as { move: unknown[] }).move[0]).toEqual({ dir: 'proximal', cun: 3 });
    expect(point('ST36').location.rule).toMatchObject({
      expr: { along: ['patella-lateral-depression', 'ankle-crease-mid'], cun: 3, of: 16 },
      scale: 'leg-lateral',
    });
  });
});

// Facts go in in our own words: no run of eight words from the seed may appear in a seed record.
const SEED_PATH = new URL('../../../../shared/seeds/003_4b8c2f677227440d.txt', import.meta.url);
describe.skipIf(!existsSync(SEED_PATH))('seed wording is not copied', () => {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const runs = (w: string[]): Set<string> =>
    new Set(w.slice(0, Math.max(0, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' ')));
  const seedRuns = existsSync(SEED_PATH) ? runs(words(readFileSync(SEED_PATH, 'utf8'))) : new Set<string>();

  it.each(Object.keys(SEED_FACTS))('%s', (code) => {
    const copied = [...runs(words(textOf(point(code))))].filter((r) => seedRuns.has(r));
    expect(copied).toEqual([]);
  });
});
