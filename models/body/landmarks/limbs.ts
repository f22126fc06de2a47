// Landmark rays for the upper and lower limbs (left side), from the skeleton's joints and hand/foot frames.
import { type Skeleton } from '../skeleton';
import { type Vec3, add, lerp, madd, norm, scale, sub } from '../vec';
import { type RayTable } from './rays';

const neg = (v: Vec3): Vec3 => scale(v, -1);

export function upperLimbRays(sk: Skeleton): RayTable {
  const p = sk.p,
    s = sk.s,
    h = sk.hand;
  const S = p.shoulder!,
    E = p.elbow!,
    W = p.wrist!;
  const at = (q: Vec3, dx: number, dy: number, dz: number): Vec3 => madd(q, [dx, dy, dz], s);
  const f = sk.fingers;
  const dorsal = neg(h.palmar);
  const r: RayTable = {
    'deltoid-insertion': { from: lerp(S, E, 0.45), dir: [1, 0, 0] },
    'cubital-crease-mid': { from: E, dir: [0, 0, 1] },
    'cubital-crease-lateral': { from: at(E, 0.02, 0, 0), dir: [0.5, 0, 1] },
    'cubital-crease-medial': { from: at(E, -0.022, 0, 0), dir: [-0.5, 0, 1] },
    'biceps-tendon-radial': { from: at(E, 0.01, 0, 0), dir: [0, 0, 1] },
    'biceps-tendon-ulnar': { from: at(E, -0.01, 0, 0), dir: [0, 0, 1] },
    'lateral-epicondyle': { from: E, dir: [1, 0, 0] },
    'medial-epicondyle': { from: E, dir: [-1, 0, 0] },
    olecranon: { from: E, dir: [0, 0.2, -1] },
    // Wrist rays in the hand's own frame (radial/ulnar across the wrist), so they follow the arm's tilt.
    'wrist-crease-radial': { from: madd(W, h.radial, 0.016 * s), dir: h.palmar },
    'wrist-crease-mid': { from: madd(W, h.radial, 0.004 * s), dir: h.palmar },
    'wrist-crease-ulnar': { from: madd(W, h.radial, -0.013 * s), dir: h.palmar },
    'dorsal-wrist-crease-mid': { from: W, dir: dorsal },
    'dorsal-wrist-crease-radial': { from: madd(W, h.radial, 0.014 * s), dir: add(scale(h.radial, 1.3), dorsal) },
    'dorsal-wrist-crease-ulnar': { from: madd(W, h.radial, -0.014 * s), dir: add(scale(h.radial, -1.3), dorsal) },
    'radial-styloid': { from: W, dir: add(h.radial, scale(h.down, -0.1)) },
    'ulnar-styloid': {
      from: madd(at(W, 0, 0, -0.004), h.down, -0.008 * s),
      dir: add(neg(h.radial), scale(dorsal, 0.4)),
    },
    pisiform: { from: madd(madd(W, h.radial, -0.014 * s), h.down, 0.012 * s), dir: h.palmar },
    'metacarpal-1-base': { from: f.thumb![0]!, dir: h.radial },
    'metacarpal-1-mid': { from: lerp(f.thumb![0]!, f.thumb![1]!, 0.5), dir: h.radial },
    'metacarpal-2-mid': {
      from: lerp(lerp(W, f.index![0]!, 0.35), f.index![0]!, 0.3),
      dir: add(scale(dorsal, 0.7), h.radial),
    },
    'metacarpal-2-base': { from: lerp(W, f.index![0]!, 0.3), dir: dorsal },
    'metacarpal-2-head': { from: f.index![0]!, dir: h.radial },
    'metacarpal-5-head': { from: f.little![0]!, dir: neg(h.radial) },
    'metacarpal-5-base': { from: lerp(W, f.little![0]!, 0.3), dir: neg(h.radial) },
    'hand-dorsum-4-5': { from: lerp(W, lerp(f.ring![0]!, f.little![0]!, 0.5), 0.8), dir: dorsal },
    'palm-centre': { from: lerp(W, lerp(f.index![0]!, f.middle![0]!, 0.5), 0.7), dir: h.palmar },
    'palm-4-5': { from: lerp(W, lerp(f.ring![0]!, f.little![0]!, 0.5), 0.7), dir: h.palmar },
  };
  // Dorsal finger webs: the ray leaves between two MCP heads, distally and towards the dorsum.
  const webDir = add(h.down, scale(dorsal, 0.6));
  r['web-3-4-fingers'] = { from: lerp(f.middle![0]!, f.ring![0]!, 0.5), dir: webDir };
  r['web-4-5-fingers'] = { from: lerp(f.ring![0]!, f.little![0]!, 0.5), dir: webDir };
  for (const name of ['thumb', 'index', 'middle', 'ring', 'little']) {
    const c = f[name]!;
    const tip = c[3]!,
      dip = c[2]!;
    const along = norm(sub(tip, dip));
    r[`${name}-tip`] = { from: madd(tip, along, -0.004 * s), dir: along };
    // Nail corners: dorsal side of the distal phalanx, near the nail base, radial or ulnar.
    const q = lerp(dip, tip, 0.45);
    r[`${name}-nail-radial-corner`] = { from: q, dir: add(dorsal, scale(h.radial, 0.9)) };
    r[`${name}-nail-ulnar-corner`] = { from: q, dir: add(dorsal, scale(h.radial, -0.9)) };
  }
  return r;
}

export function lowerLimbRays(sk: Skeleton): RayTable {
  const p = sk.p,
    s = sk.s,
    ft = sk.foot;
  const K = p.knee!,
    A = p.ankle!,
    P = p.patella!;
  const at = (q: Vec3, dx: number, dy: number, dz: number): Vec3 => madd(q, [dx, dy, dz], s);
  const local = (fwd: number, y: number, lat: number): Vec3 =>
    madd(madd([A[0], y * s, A[2]], ft.fwd, fwd * s), ft.lat, lat * s);
  const crestTop = at(p.tibTub!, 0, -0.012, -0.006),
    crestLow = at(A, -0.004, 0.07, 0.014);
  const crestMid = lerp(crestTop, crestLow, 0.5);
  const up: Vec3 = [0, 1, 0];
  const r: RayTable = {
    'patella-base': { from: at(P, 0, 0.02, -0.02), dir: [0, 0.5, 1] },
    'patella-apex': { from: at(P, 0, -0.022, -0.02), dir: [0, -0.3, 1] },
    'patella-lateral-depression': { from: at(K, 0.02, -0.005, 0), dir: [0.35, 0, 1] },
    'patella-medial-depression': { from: at(K, -0.02, -0.005, 0), dir: [-0.35, 0, 1] },
    'patella-superolateral': { from: at(P, 0.016, 0.02, -0.02), dir: [0.3, 0.3, 1] },
    'patella-superomedial': { from: at(P, -0.016, 0.02, -0.02), dir: [-0.3, 0.3, 1] },
    'popliteal-crease-mid': { from: at(K, 0, -0.005, 0), dir: [0, 0, -1] },
    'popliteal-crease-lateral': { from: at(K, 0.024, -0.005, 0), dir: [0, 0, -1] },
    'popliteal-crease-medial': { from: at(K, -0.024, -0.005, 0), dir: [0, 0, -1] },
    'fibula-head': { from: at(p.fibHead!, -0.02, 0, 0), dir: [1, 0, -0.15] },
    'tibia-medial-condyle': { from: at(p.medCondyle!, 0.025, 0, 0), dir: [-1, 0, 0.3] },
    'tibial-tuberosity': { from: at(p.tibTub!, 0, 0, -0.02), dir: [0, 0, 1] },
    'tibial-crest-mid': { from: at(crestMid, 0, 0, -0.02), dir: [0, 0, 1] },
    'tibia-medial-border-mid': { from: at(crestMid, 0.0, 0, -0.03), dir: [-1, 0, -0.25] },
    'gastrocnemius-bellies-junction': { from: at(K, 0, -0.2, 0), dir: [0, 0, -1] },
    'medial-malleolus': { from: at(p.medMall!, 0.02, 0, 0), dir: [-1, 0, 0] },
    'lateral-malleolus': { from: at(p.latMall!, -0.02, 0, 0), dir: [1, 0, 0] },
    'ankle-crease-mid': { from: A, dir: [0, 0, 1] },
    'calcaneal-tendon-medial': { from: [A[0], p.medMall![1], A[2] - 0.02 * s], dir: [-1, 0, 0] },
    'calcaneal-tendon-lateral': { from: [A[0], p.latMall![1], A[2] - 0.03 * s], dir: [1, 0, 0] },
    'calcaneus-lateral': { from: [A[0], 0.035 * s, A[2] - 0.03 * s], dir: [1, 0, 0] },
    'calcaneus-medial': { from: [A[0], 0.035 * s, A[2] - 0.03 * s], dir: [-1, 0, 0] },
    'navicular-tuberosity': { from: local(0.045, 0.038, 0), dir: neg(ft.lat) },
    'cuboid-lateral': { from: local(0.05, 0.022, 0.0), dir: ft.lat },
    'metatarsal-1-head-medial': { from: local(0.136, 0.02, -0.01), dir: neg(ft.lat) },
    'metatarsal-1-base-medial': { from: local(0.09, 0.028, -0.01), dir: neg(ft.lat) },
    'metatarsal-5-tuberosity': { from: local(0.075, 0.016, 0.02), dir: ft.lat },
    'metatarsal-5-head-lateral': { from: local(0.11, 0.016, 0.02), dir: ft.lat },
    // Metatarsal base junctions: ~5 cm in front of the ankle crease, a good third of the way to the toe
    // webs (LR3 then lies ~2 cun behind the 1st web, as in the standard); the 4-5 junction a little
    // further back, level with the lateral arch's tarsometatarsal line.
    'dorsum-1-2-junction': { from: local(0.11, 0.025, -0.012), dir: up },
    'dorsum-4-5-junction': { from: local(0.1, 0.02, 0.025), dir: up },
    'sole-anterior-depression': { from: local(0.1, 0.02, 0.004), dir: [0, -1, 0] },
    sole: { from: [A[0] - 0.01 * s, 0.02 * s, p.medMall![2]], dir: [0, -1, 0] },
  };
  const toes = sk.toes;
  const web = (a: string, b: string): Vec3 => {
    const q = lerp(toes[a]![0]!, toes[b]![0]!, 0.5);
    return [q[0], 0.01 * s, q[2]];
  };
  r['web-1-2-toes'] = { from: web('big', 'second'), dir: add(ft.fwd, [0, 1.2, 0]) };
  r['web-2-3-toes'] = { from: web('second', 'third'), dir: add(ft.fwd, [0, 1.2, 0]) };
  r['web-4-5-toes'] = { from: web('fourth', 'little'), dir: add(ft.fwd, [0, 1.2, 0]) };
  for (const [name, chain] of Object.entries(toes)) {
    const q = lerp(chain[1]!, chain[2]!, 0.6);
    r[`${name}-toe-nail-medial-corner`] = { from: q, dir: add(up, scale(ft.lat, -0.9)) };
    r[`${name}-toe-nail-lateral-corner`] = { from: q, dir: add(up, scale(ft.lat, 0.9)) };
  }
  return r;
}
