// Landmark rays for the head, neck and trunk (left side and midline), from the skeleton.
import { type Skeleton, backZ } from '../skeleton';
import { type Vec3, lerp, madd } from '../vec';
import { AXILLA } from '../parts/arm';
import { EAR_UP, earPoint } from '../parts/ear';
import { type RayTable } from './rays';

export function axialRays(sk: Skeleton): RayTable {
  const s = sk.s,
    p = sk.p;
  const A = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  const hc = p.headCentre!;
  const toward = (t: Vec3): Vec3 => [t[0] - hc[0], t[1] - hc[1], t[2] - hc[2]];
  const r: RayTable = {
    vertex: { from: hc, dir: [0, 1, 0] },
    glabella: { from: A(0, 1.646, 0), dir: [0, 0, 1] },
    'anterior-hairline-mid': { from: hc, dir: toward(A(0, 1.705, 0.085)) },
    'posterior-hairline-mid': { from: A(0, 1.582, -0.02), dir: [0, 0, -1] },
    'external-occipital-protuberance': { from: hc, dir: [0, -0.15, -1] },
    'nose-tip': { from: A(0, 1.595, 0.05), dir: [0, 0, 1] },
    'philtrum-mid': { from: A(0, 1.575, 0.05), dir: [0, 0, 1] },
    'mentolabial-groove': { from: A(0, 1.54, 0.04), dir: [0, 0, 1] },
    chin: { from: A(0, 1.522, 0.062), dir: [0, -0.3, 1] },
    'laryngeal-prominence': { from: A(0, 1.505, 0), dir: [0, 0, 1] },
    'suprasternal-notch': { from: A(0, 1.442, 0), dir: [0, 0, 1] },
    // The hairline turns back at the temple about above the lateral end of the eyebrow, ~6 cm from the
    // midline; the two corners span the 9-cun transverse head scale, so this sets every face cun.
    'forehead-hairline-corner': { from: hc, dir: toward(A(0.08, 1.7, 0.045)) },
    'eyebrow-medial-end': { from: A(0.015, 1.648, 0.03), dir: [0, 0, 1] },
    'eyebrow-lateral-end': { from: A(0.047, 1.65, 0.02), dir: [0.15, 0, 1] },
    pupil: { from: A(0.032, 1.633, 0.03), dir: [0, 0, 1] },
    'inner-canthus': { from: A(0.017, 1.633, 0.03), dir: [0, 0, 1] },
    'outer-canthus': { from: A(0.044, 1.633, 0.02), dir: [0.1, 0, 1] },
    // The infraorbital rim lies ≈1.7 cm below the pupil (orbital opening ≈3.5 cm high, the pupil near
    // its middle); the ray meets the bony rim modelled in parts/head.ts.
    'infraorbital-margin-mid': { from: A(0.032, 1.616, 0.03), dir: [0, 0, 1] },
    'nasal-ala': { from: A(0, 1.591, 0.085), dir: [1, 0, 0.3] },
    'mouth-corner': { from: A(0.024, 1.558, 0.05), dir: [0, 0, 1] },
    'mandible-angle': { from: A(0.02, 1.55, -0.015), dir: [1, -0.4, 0] },
    'masseter-prominence': { from: A(0.02, 1.565, 0.01), dir: [1, 0, 0.1] },
    // Lower border of the zygomatic arch halfway between the cheekbone and the tragus.
    'zygomatic-arch-mid': { from: A(0.03, 1.606, 0.026), dir: [1, 0, 0] },
    ...earRays(A),
    'mastoid-process': { from: A(0.03, 1.592, -0.03), dir: [1, -0.2, -0.3] },
    'temporal-hairline-corner': { from: A(0.03, 1.66, 0.02), dir: [1, 0, 0.3] },
    'sternocleidomastoid-anterior-border': { from: A(0.02, 1.505, 0), dir: [0.6, 0, 1] },
    'sternocleidomastoid-posterior-border': { from: A(0.02, 1.505, -0.01), dir: [1, 0, -0.1] },
    'trapezius-upper-border': { from: A(0.09, 1.44, -0.03), dir: [0, 1, 0] },
    'occipital-depression': { from: A(0.025, 1.6, -0.02), dir: [0.2, 0, -1] },
    ...trunkRays(sk, A),
  };
  return r;
}

/** Ear landmarks from the auricle's own layout (parts/ear.ts), so they stay on it as it is reshaped. */
function earRays(A: (x: number, y: number, z: number) => Vec3): RayTable {
  const E = (a: number, b: number, c = 0): Vec3 => {
    const q = earPoint(a, b, c);
    return A(q[0], q[1], q[2]);
  };
  // from inside the head, 3 cm from the midline, at the height and depth of an ear point
  const inner = (q: Vec3): Vec3 => [A(0.03, 0, 0)[0], q[1], q[2]];
  const down: Vec3 = [-EAR_UP[0], -EAR_UP[1], -EAR_UP[2]];
  return {
    // the anterior border of the tragus, where it meets the cheek (SI19 lies just in front of it)
    tragus: { from: inner(E(-0.002, -0.004)), dir: [1, 0, 0] },
    // the notch between tragus and antitragus, at the lower end of the concha's opening
    'intertragic-notch': { from: inner(E(-0.0095, 0.004)), dir: [1, 0, 0] },
    'ear-apex': { from: E(0.029, 0.014, 0.0022), dir: EAR_UP },
    earlobe: { from: E(-0.02, 0.013, 0.0005), dir: down },
  };
}

function trunkRays(sk: Skeleton, A: (x: number, y: number, z: number) => Vec3): RayTable {
  const p = sk.p,
    s = sk.s;
  const nip = p.nipple!;
  const r: RayTable = {
    'clavicle-mid': { from: madd(lerp(p.clavMedial!, p.clavLateral!, 0.5), [0, -0.02, -0.02], s), dir: [0, 1, 0.5] },
    // Into the carved hollow behind the clavicle's midpoint (see parts/trunk.ts), from below it.
    'supraclavicular-fossa': {
      from: madd(lerp(p.clavMedial!, p.clavLateral!, 0.5), [0, -0.025, -0.022], s),
      dir: [0, 1, 0.25],
    },
    'infraclavicular-fossa': { from: A(p.clavLateral![0] / s - 0.045, 1.43, -0.03), dir: [0, 0, 1] },
    'coracoid-process': { from: madd(p.coracoid!, [0, 0, -0.05], s), dir: [0, 0, 1] },
    'sternal-angle': { from: A(0, 1.392, 0), dir: [0, 0, 1] },
    'xiphisternal-junction': { from: A(0, 1.258, 0), dir: [0, 0, 1] },
    umbilicus: { from: [0, p.umbilicus![1], 0], dir: [0, 0, 1] },
    'pubic-symphysis-superior': { from: A(0, 0.885, 0), dir: [0, 0, 1] },
    nipple: { from: [nip[0], nip[1], nip[2] - 0.06 * s], dir: [0, 0, 1] },
    'costal-margin-midclavicular': { from: [nip[0], 1.175 * s, 0], dir: [0, 0, 1] },
    'rib-11-free-end': { from: A(0.09, 1.13, -0.02), dir: [1, 0, 0.2] },
    'rib-12-free-end': { from: A(0.08, 1.11, -0.04), dir: [1, 0, -0.4] },
    // Apex of the axilla: the dome of the carved armpit hollow, reached from the shoulder mass above it.
    'axilla-apex': { from: madd(p.shoulder!, [AXILLA[0], -0.03, AXILLA[2]], s), dir: [0, -1, 0] },
    // Ends of the axillary folds, where they meet the arm (the upper-arm scale starts there): from the
    // humerus a third of the way to the elbow, out through the arm's anteromedial / posteromedial skin.
    'anterior-axillary-fold': { from: lerp(p.shoulder!, p.elbow!, 0.33), dir: [-0.6, 0, 1] },
    'posterior-axillary-fold': { from: lerp(p.shoulder!, p.elbow!, 0.33), dir: [-0.6, 0, -1] },
    'iliac-crest-highest': { from: madd(p.iliacCrest!, [-0.04, 0, 0], s), dir: [1, 0.2, 0] },
    asis: { from: madd(p.asis!, [-0.02, 0, -0.03], s), dir: [0.2, 0, 1] },
    psis: { from: madd(p.psis!, [0, 0, 0.04], s), dir: [0, 0, -1] },
    'inguinal-femoral-pulse': { from: A(0.075, 0.87, 0.0), dir: [0, 0.3, 1] },
    'sacral-hiatus': { from: A(0, 0.902, -0.07), dir: [0, 0, -1] },
    'coccyx-tip': { from: A(0, 0.868, -0.06), dir: [0, 0, -1] },
    'scapula-medial-border': { from: [p.scapRoot![0], sk.spine.t3![1], -0.05 * s], dir: [0, 0, -1] },
    'scapula-spine-root': { from: madd(p.scapRoot!, [0, 0, 0.05], s), dir: [0, 0, -1] },
    'scapula-inferior-angle': { from: madd(p.scapInf!, [0, 0, 0.05], s), dir: [0, 0, -1] },
    'infraspinous-fossa-centre': { from: A(0.11, 1.35, -0.04), dir: [0, 0, -1] },
    'suprascapular-fossa-centre': { from: A(0.11, 1.43, -0.03), dir: [0, 0.5, -1] },
    'acromioclavicular-depression': {
      from: madd(lerp(p.clavLateral!, p.scapRoot!, 0.25), [0, -0.03, 0], s),
      dir: [0, 1, 0],
    },
    'acromion-lateral': { from: madd(p.acromion!, [-0.03, 0, 0], s), dir: [1, 0.3, 0] },
    'acromion-anterior-depression': { from: madd(p.acromion!, [-0.01, -0.025, 0], s), dir: [0.3, 0, 1] },
    'acromion-posterior-depression': { from: madd(p.acromion!, [-0.01, -0.025, 0], s), dir: [0.3, 0, -1] },
    'greater-trochanter': { from: madd(p.trochanter!, [-0.04, 0, 0], s), dir: [1, 0, 0] },
    'gluteal-fold-mid': { from: A(0.075, 0.808, -0.03), dir: [0, 0, -1] },
    'ischial-tuberosity': { from: p.ischium!, dir: [0, -0.5, -1] },
  };
  // Intercostal spaces on the mid-clavicular line; the nipple sits in the 4th.
  const ics = [1.41, 1.378, 1.342, nip[1] / s, 1.262, 1.228, 1.195];
  ics.forEach((y, i) => {
    r[`intercostal-${i + 1}-midclavicular`] = { from: [nip[0], y * s, 0], dir: [0, 0, 1] };
  });
  // Spinous processes: just below each tip, on the posterior midline.
  for (const [v, tip] of Object.entries(sk.spine)) {
    r[`${v}-spinous`] = { from: [0, tip[1] - 0.008 * s, (backZ(tip[1] / s) + 0.045) * s], dir: [0, 0, -1] };
  }
  [0.97, 0.952, 0.934, 0.916].forEach((y, i) => {
    r[`s${i + 1}-median-crest`] = { from: A(0, y, -0.05), dir: [0, 0, -1] };
    r[`s${i + 1}-foramen`] = { from: A(0.022, y, -0.05), dir: [0, 0, -1] };
  });
  return r;
}
