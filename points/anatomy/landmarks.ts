// The landmark vocabulary: every anatomical landmark a point's location rule may name.
// points/ owns the names and meanings (knowledge); models/ places each one on a body (geometry).
// Bilateral landmarks are described on the body's LEFT side; the locator mirrors them for the right.
// Body frame (metres, anatomical position): +Y superior, +Z anterior, +X towards the body's left.

export interface LandmarkDef {
  readonly id: string;
  readonly description: string;
  /** true: one on each side (defined on the left, mirrored); false: on the midline. */
  readonly bilateral: boolean;
  /**
   * A short name for the second and later mentions within one set of steps, lower case with or without
   * its article ("depression below the L2 spinous process"). Every description longer than 40
   * characters has one; the first mention always uses the full description.
   */
  readonly short?: string;
  /**
   * Bilateral only: both copies named together, with the article, as a scale or a midpoint between the
   * two sides reads them ("the medial borders of the two scapulae").
   */
  readonly pair?: string;
}

interface Names {
  readonly short?: string;
  readonly pair?: string;
}

const mid = (id: string, description: string, names: Names = {}): LandmarkDef => ({
  id,
  description,
  bilateral: false,
  ...names,
});
const bi = (id: string, description: string, names: Names = {}): LandmarkDef => ({
  id,
  description,
  bilateral: true,
  ...names,
});

const ORDINAL = ['0th', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th'] as const;
const ordinal = (n: number): string => ORDINAL[n] ?? `${n}th`;

const VERTEBRAE = [
  ...Array.from({ length: 7 }, (_, i) => `c${i + 1}`),
  ...Array.from({ length: 12 }, (_, i) => `t${i + 1}`),
  ...Array.from({ length: 5 }, (_, i) => `l${i + 1}`),
];

/** Spinous processes: the rule names the point just below the tip ("below the spinous process of L2"). */
const spinous: LandmarkDef[] = VERTEBRAE.map((v) =>
  mid(
    `${v}-spinous`,
    `Depression just inferior to the spinous process of ${v.toUpperCase()}, on the posterior midline`,
    {
      short: `depression below the ${v.toUpperCase()} spinous process`,
    },
  ),
);

/** Sacral foramina and the median sacral crest at each level. */
const sacral: LandmarkDef[] = [1, 2, 3, 4].flatMap((n) => [
  bi(`s${n}-foramen`, `Posterior sacral foramen ${n}`),
  mid(`s${n}-median-crest`, `Median sacral crest at the level of the ${ordinal(n)} posterior sacral foramen`, {
    short: `median sacral crest at the S${n} level`,
  }),
]);

export const LANDMARKS: readonly LandmarkDef[] = [
  // Head and neck
  mid('vertex', 'Highest point of the head on the midline'),
  mid('glabella', 'Midpoint between the medial ends of the eyebrows', { short: 'glabella' }),
  mid('anterior-hairline-mid', 'Midpoint of the anterior hairline'),
  mid('posterior-hairline-mid', 'Midpoint of the posterior hairline'),
  mid('external-occipital-protuberance', 'External occipital protuberance'),
  mid('nose-tip', 'Tip of the nose'),
  mid('philtrum-mid', 'Midpoint of the philtrum'),
  mid('mentolabial-groove', 'Midpoint of the mentolabial groove'),
  mid('chin', 'Midpoint of the chin'),
  mid('laryngeal-prominence', "Laryngeal prominence (Adam's apple)"),
  mid('suprasternal-notch', 'Centre of the suprasternal (jugular) notch', { short: 'suprasternal notch' }),
  bi('forehead-hairline-corner', 'Corner of the forehead hairline', {
    pair: 'the two corners of the forehead hairline',
  }),
  bi('eyebrow-medial-end', 'Medial end of the eyebrow'),
  bi('eyebrow-lateral-end', 'Lateral end of the eyebrow'),
  bi('pupil', 'Centre of the pupil, eyes looking straight ahead', { short: 'centre of the pupil' }),
  bi('inner-canthus', 'Inner canthus of the eye'),
  bi('outer-canthus', 'Outer canthus of the eye'),
  bi('infraorbital-margin-mid', 'Midpoint of the infraorbital margin, below the pupil', {
    short: 'midpoint of the infraorbital margin',
  }),
  bi('nasal-ala', 'Midpoint of the lateral border of the ala of the nose', {
    short: 'lateral border of the nasal ala',
  }),
  bi('mouth-corner', 'Corner of the mouth', { pair: 'the two corners of the mouth' }),
  bi('mandible-angle', 'Angle of the mandible'),
  bi('masseter-prominence', 'Prominence of the masseter when the teeth are clenched', { short: 'masseter prominence' }),
  bi('zygomatic-arch-mid', 'Inferior border of the midpoint of the zygomatic arch', {
    short: 'lower border of the zygomatic arch',
  }),
  bi('tragus', 'Anterior border of the tragus'),
  bi('intertragic-notch', 'Intertragic notch of the ear'),
  bi('ear-apex', 'Apex of the auricle, ear folded forwards'),
  bi('earlobe', 'Lower end of the earlobe'),
  bi('mastoid-process', 'Tip of the mastoid process', { pair: 'the tips of the two mastoid processes' }),
  bi('temporal-hairline-corner', 'Corner of the temporal hairline in front of the ear', {
    short: 'corner of the temporal hairline',
  }),
  bi(
    'sternocleidomastoid-anterior-border',
    'Anterior border of sternocleidomastoid at the level of the laryngeal prominence',
    { short: 'anterior border of sternocleidomastoid' },
  ),
  bi(
    'sternocleidomastoid-posterior-border',
    'Posterior border of sternocleidomastoid at the level of the laryngeal prominence',
    { short: 'posterior border of sternocleidomastoid' },
  ),
  bi('trapezius-upper-border', 'Highest point of the upper border of trapezius', {
    short: 'highest point of trapezius',
  }),
  bi('occipital-depression', 'Depression between the origins of sternocleidomastoid and trapezius below the occiput', {
    short: 'depression below the occiput',
  }),
  // Trunk, anterior
  bi('clavicle-mid', 'Midpoint of the clavicle (superior border)', { short: 'midpoint of the clavicle' }),
  bi('supraclavicular-fossa', 'Centre of the supraclavicular fossa'),
  bi('infraclavicular-fossa', 'Depression below the lateral end of the clavicle, medial to the coracoid process', {
    short: 'infraclavicular fossa',
  }),
  bi('coracoid-process', 'Coracoid process'),
  mid('sternal-angle', 'Sternal angle (level of the 2nd costal cartilage)', { short: 'sternal angle' }),
  mid('xiphisternal-junction', 'Midpoint of the xiphisternal junction'),
  mid('umbilicus', 'Centre of the umbilicus'),
  mid('pubic-symphysis-superior', 'Midpoint of the superior border of the pubic symphysis', {
    short: 'upper border of the pubic symphysis',
  }),
  bi('nipple', 'Centre of the nipple (4th intercostal space, 4 B-cun from the midline)', {
    short: 'nipple',
    pair: 'the two nipples',
  }),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) =>
    bi(`intercostal-${n}-midclavicular`, `${ordinal(n)} intercostal space on the mid-clavicular (mammillary) line`, {
      short: `${ordinal(n)} intercostal space`,
      pair: `the ${ordinal(n)} intercostal spaces on the two mid-clavicular lines`,
    }),
  ),
  bi('costal-margin-midclavicular', 'Costal margin on the mid-clavicular line'),
  bi('rib-11-free-end', 'Free end of the 11th rib'),
  bi('rib-12-free-end', 'Free end of the 12th rib'),
  bi('axilla-apex', 'Apex of the axillary fossa'),
  bi('anterior-axillary-fold', 'Anterior end of the axillary fold'),
  bi('posterior-axillary-fold', 'Posterior end of the axillary fold'),
  bi('iliac-crest-highest', 'Highest point of the iliac crest (level of L4 spinous process)', {
    short: 'highest point of the iliac crest',
  }),
  bi('asis', 'Anterior superior iliac spine'),
  bi('psis', 'Posterior superior iliac spine'),
  bi('inguinal-femoral-pulse', 'Femoral artery pulse at the inguinal crease', { short: 'femoral pulse' }),
  // Trunk, posterior
  ...spinous,
  ...sacral,
  mid('sacral-hiatus', 'Sacral hiatus'),
  mid('coccyx-tip', 'Tip of the coccyx'),
  bi('scapula-medial-border', 'Medial border of the scapula at the level of T3 (3 B-cun from the posterior midline)', {
    short: 'medial border of the scapula',
    pair: 'the medial borders of the two scapulae',
  }),
  bi('scapula-spine-root', 'Medial end (root) of the spine of the scapula', { short: 'root of the scapular spine' }),
  bi('scapula-inferior-angle', 'Inferior angle of the scapula (level of T7)', {
    short: 'inferior angle of the scapula',
  }),
  bi('infraspinous-fossa-centre', 'Centre of the infraspinous fossa'),
  bi('suprascapular-fossa-centre', 'Centre of the suprascapular fossa'),
  bi('acromion-lateral', 'Lateral end of the acromion'),
  bi('acromion-anterior-depression', 'Depression anterior and inferior to the acromion (arm abducted)', {
    short: 'depression anterior to the acromion',
  }),
  bi('acromion-posterior-depression', 'Depression posterior and inferior to the acromion (arm abducted)', {
    short: 'depression posterior to the acromion',
  }),
  // Buttock and hip
  bi('greater-trochanter', 'Lateral prominence of the greater trochanter', { short: 'greater trochanter' }),
  bi('gluteal-fold-mid', 'Midpoint of the gluteal fold'),
  bi('ischial-tuberosity', 'Ischial tuberosity'),
  // Upper limb
  bi('deltoid-insertion', 'Insertion of the deltoid'),
  bi('cubital-crease-lateral', 'Lateral end of the cubital crease (elbow flexed)', {
    short: 'lateral end of the cubital crease',
  }),
  bi('cubital-crease-medial', 'Medial end of the cubital crease'),
  bi('cubital-crease-mid', 'Cubital crease at the biceps tendon'),
  bi('biceps-tendon-radial', 'Cubital crease on the radial side of the biceps tendon', {
    short: 'radial side of the biceps tendon',
  }),
  bi('biceps-tendon-ulnar', 'Cubital crease on the ulnar side of the biceps tendon', {
    short: 'ulnar side of the biceps tendon',
  }),
  bi('lateral-epicondyle', 'Lateral epicondyle of the humerus'),
  bi('medial-epicondyle', 'Medial epicondyle of the humerus'),
  bi('olecranon', 'Tip of the olecranon'),
  bi('wrist-crease-radial', 'Palmar wrist crease at the radial artery'),
  bi('wrist-crease-mid', 'Palmar wrist crease between the tendons of palmaris longus and flexor carpi radialis', {
    short: 'middle of the palmar wrist crease',
  }),
  bi('wrist-crease-ulnar', 'Palmar wrist crease on the radial side of the flexor carpi ulnaris tendon', {
    short: 'ulnar end of the palmar wrist crease',
  }),
  bi('dorsal-wrist-crease-mid', 'Dorsal wrist crease between the radius and ulna', {
    short: 'middle of the dorsal wrist crease',
  }),
  bi('dorsal-wrist-crease-radial', 'Anatomical snuffbox at the dorsal wrist crease', { short: 'anatomical snuffbox' }),
  bi('dorsal-wrist-crease-ulnar', 'Dorsal wrist crease between the ulnar styloid and the triquetrum', {
    short: 'ulnar end of the dorsal wrist crease',
  }),
  bi('radial-styloid', 'Radial styloid process'),
  bi('ulnar-styloid', 'Ulnar styloid process'),
  bi('pisiform', 'Pisiform bone'),
  bi('metacarpal-1-base', 'Base of the first metacarpal'),
  bi('metacarpal-1-mid', 'Midpoint of the first metacarpal, radial side at the red-white skin border', {
    short: 'midpoint of the first metacarpal',
  }),
  bi('metacarpal-2-mid', 'Midpoint of the second metacarpal, radial side on the dorsum', {
    short: 'midpoint of the second metacarpal',
  }),
  bi('metacarpal-2-base', 'Base of the second metacarpal'),
  bi('metacarpal-2-head', 'Head of the second metacarpal (MCP joint), radial side', {
    short: 'head of the second metacarpal',
  }),
  bi('metacarpal-5-head', 'Head of the fifth metacarpal (MCP joint), ulnar side', {
    short: 'head of the fifth metacarpal',
  }),
  bi('metacarpal-5-base', 'Base of the fifth metacarpal, ulnar side'),
  bi('hand-dorsum-4-5', 'Dorsum of the hand between the 4th and 5th metacarpals, proximal to the MCP joints', {
    short: 'gap between the 4th and 5th metacarpals',
  }),
  bi('palm-centre', 'Centre of the palm between the 2nd and 3rd metacarpals', { short: 'centre of the palm' }),
  bi('palm-4-5', 'Palm between the 4th and 5th metacarpals'),
  ...(['thumb', 'index', 'middle', 'ring', 'little'] as const).flatMap((f) => {
    const nail = f === 'thumb' ? 'thumbnail' : `${f} fingernail`;
    return [
      bi(`${f}-tip`, f === 'thumb' ? 'Tip of the thumb' : `Tip of the ${f} finger`),
      // The point lies 0.1 F-cun proximal to the corner and out to its side: radial is lateral, ulnar medial.
      bi(`${f}-nail-radial-corner`, `Radial corner of the ${nail} (0.1 F-cun proximal-lateral)`, {
        short: `radial corner of the ${nail}`,
      }),
      bi(`${f}-nail-ulnar-corner`, `Ulnar corner of the ${nail} (0.1 F-cun proximal-medial)`, {
        short: `ulnar corner of the ${nail}`,
      }),
    ];
  }),
  // Lower limb
  bi('patella-base', 'Base (upper border) of the patella'),
  bi('patella-apex', 'Apex (lower border) of the patella'),
  bi('patella-lateral-depression', 'Depression lateral to the patellar ligament (ST35, lateral eye of the knee)', {
    short: 'lateral eye of the knee',
  }),
  bi('patella-medial-depression', 'Depression medial to the patellar ligament (medial eye of the knee)', {
    short: 'medial eye of the knee',
  }),
  bi('patella-superolateral', 'Superolateral corner of the patella'),
  bi('patella-superomedial', 'Superomedial corner of the patella'),
  bi('popliteal-crease-mid', 'Midpoint of the popliteal crease'),
  bi('popliteal-crease-lateral', 'Lateral end of the popliteal crease, medial to the biceps femoris tendon', {
    short: 'lateral end of the popliteal crease',
  }),
  bi(
    'popliteal-crease-medial',
    'Medial end of the popliteal crease, between the semitendinosus and semimembranosus tendons',
    { short: 'medial end of the popliteal crease' },
  ),
  bi('fibula-head', 'Head of the fibula'),
  bi('tibia-medial-condyle', 'Inferior border of the medial condyle of the tibia', {
    short: 'medial condyle of the tibia',
  }),
  bi('tibial-tuberosity', 'Tibial tuberosity'),
  bi('tibial-crest-mid', 'Anterior crest of the tibia midway down the leg', { short: 'middle of the tibial crest' }),
  bi('tibia-medial-border-mid', 'Posterior edge of the medial border of the tibia, midway down the leg', {
    short: 'medial border of the tibia',
  }),
  bi('gastrocnemius-bellies-junction', 'Depression where the two bellies of gastrocnemius meet the calcaneal tendon', {
    short: 'junction of the gastrocnemius bellies',
  }),
  bi('medial-malleolus', 'Prominence of the medial malleolus'),
  bi('lateral-malleolus', 'Prominence of the lateral malleolus'),
  bi(
    'ankle-crease-mid',
    'Front of the ankle joint between the tendons of extensor hallucis longus and extensor digitorum longus',
    { short: 'front of the ankle joint' },
  ),
  bi('calcaneal-tendon-medial', 'Depression between the medial malleolus and the calcaneal tendon', {
    short: 'depression behind the medial malleolus',
  }),
  bi('calcaneal-tendon-lateral', 'Depression between the lateral malleolus and the calcaneal tendon', {
    short: 'depression behind the lateral malleolus',
  }),
  bi('calcaneus-lateral', 'Lateral side of the calcaneus, below the lateral malleolus', {
    short: 'lateral side of the calcaneus',
  }),
  bi('calcaneus-medial', 'Medial side of the calcaneus, below the medial malleolus', {
    short: 'medial side of the calcaneus',
  }),
  bi('navicular-tuberosity', 'Tuberosity of the navicular bone'),
  bi('cuboid-lateral', 'Lateral side of the cuboid, below the tuberosity of the 5th metatarsal', {
    short: 'lateral side of the cuboid',
  }),
  bi('metatarsal-1-head-medial', 'Medial side of the head of the first metatarsal (red-white skin border)', {
    short: 'head of the first metatarsal',
  }),
  bi('metatarsal-1-base-medial', 'Medial side of the base of the first metatarsal', {
    short: 'base of the first metatarsal',
  }),
  bi('metatarsal-5-tuberosity', 'Tuberosity of the fifth metatarsal'),
  bi('metatarsal-5-head-lateral', 'Lateral side of the head of the fifth metatarsal', {
    short: 'head of the fifth metatarsal',
  }),
  bi('dorsum-1-2-junction', 'Dorsum of the foot where the bases of the 1st and 2nd metatarsals meet', {
    short: 'junction of the 1st and 2nd metatarsal bases',
  }),
  bi('dorsum-4-5-junction', 'Dorsum of the foot where the bases of the 4th and 5th metatarsals meet', {
    short: 'junction of the 4th and 5th metatarsal bases',
  }),
  bi('web-1-2-toes', 'Web between the 1st and 2nd toes, at the red-white skin border', {
    short: 'web between the 1st and 2nd toes',
  }),
  bi('web-2-3-toes', 'Web between the 2nd and 3rd toes'),
  bi('web-4-5-toes', 'Web between the 4th and 5th toes'),
  bi(
    'sole-anterior-depression',
    'Depression on the sole between the 2nd and 3rd metatarsals, at the front third of the sole',
    { short: 'depression on the front of the sole' },
  ),
  // The lower end of the 3 B-cun malleolus–sole scale (foot-height).
  bi('sole', 'Sole of the foot directly below the medial malleolus', { short: 'sole' }),
  ...(['big', 'second', 'third', 'fourth', 'little'] as const).flatMap((t) => [
    bi(`${t}-toe-nail-medial-corner`, `Medial corner of the ${t} toenail`),
    bi(`${t}-toe-nail-lateral-corner`, `Lateral corner of the ${t} toenail`),
  ]),
  // --- added for the LU/LI/ST/SP point records ---
  bi(
    'acromioclavicular-depression',
    'Depression on top of the shoulder between the acromial end of the clavicle and the spine of the scapula (LI16)',
    { short: 'acromioclavicular depression' },
  ),
  // --- added for the HT/SI/BL/KI/PC point records ---
  // --- added for the TE/GB/LR/GV/CV/extra point records ---
  // Finger webs on the dorsum at the red-white skin border: TE2 (4–5) and the Baxie set (EX-UE9).
  bi('web-3-4-fingers', 'Dorsal web between the middle and ring fingers, at the red-white skin border', {
    short: 'web between the middle and ring fingers',
  }),
  bi('web-4-5-fingers', 'Dorsal web between the ring and little fingers, at the red-white skin border', {
    short: 'web between the ring and little fingers',
  }),
  // --- added for the featured points and the body model ---
];

export const LANDMARK_IDS: ReadonlySet<string> = new Set(LANDMARKS.map((l) => l.id));

export function landmarkDef(id: string): LandmarkDef | undefined {
  return LANDMARKS.find((l) => l.id === id);
}
