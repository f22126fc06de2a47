// The skeleton: named bony points of an adult in the anatomical position (left side + midline), written
// for a 1.75 m average male and scaled by height; frame breadth follows build and sex. Proportions from
// standard anthropometric ratios of stature (≈ 7.5 heads; navel ≈ 0.60 H; pubis ≈ 0.50 H; knee ≈ 0.28 H)
// and tuned so the leg B-cun segments of the WHO 2008 table stay proportional to each other.
import { type BodyParams, REFERENCE_HEIGHT } from './params';
import { type Vec3, add, lerp, madd, norm, scale } from './vec';

export interface HandFrame {
  down: Vec3;
  radial: Vec3;
  palmar: Vec3;
}
export interface FootFrame {
  fwd: Vec3;
  lat: Vec3;
}

export interface Skeleton {
  readonly s: number;
  readonly p: Readonly<Record<string, Vec3>>;
  /** spinous process tips (bone), c1…l5, on the midline */
  readonly spine: Readonly<Record<string, Vec3>>;
  readonly hand: HandFrame;
  readonly foot: FootFrame;
  /** finger chains: joints from MCP to tip, index…little, then thumb (CMC → tip) */
  readonly fingers: Readonly<Record<string, Vec3[]>>;
  readonly toes: Readonly<Record<string, Vec3[]>>;
}

/** Back skin profile z(y) of the posterior midline (reference male): kyphosis and lordosis. */
const BACK: [number, number][] = [
  [1.6, -0.05],
  [1.48, -0.072],
  [1.41, -0.1],
  [1.3, -0.112],
  [1.17, -0.098],
  [1.07, -0.078],
  [1.0, -0.083],
  [0.94, -0.1],
  [0.9, -0.112],
];
export function backZ(y: number): number {
  for (let i = 1; i < BACK.length; i++) {
    const [y0, z0] = BACK[i - 1]!;
    const [y1, z1] = BACK[i]!;
    if (y >= y1) return z0 + ((y - y0) / (y1 - y0)) * (z1 - z0);
  }
  return BACK[BACK.length - 1]![1];
}

const VERT_Y: [string, number][] = [
  ['c1', 1.578],
  ['c2', 1.562],
  ['c3', 1.547],
  ['c4', 1.532],
  ['c5', 1.517],
  ['c6', 1.5],
  ['c7', 1.483],
  ...Array.from({ length: 12 }, (_, i): [string, number] => [`t${i + 1}`, 1.462 - i * 0.0262]),
  ...Array.from({ length: 5 }, (_, i): [string, number] => [`l${i + 1}`, 1.142 - i * 0.0355]),
];

function spineTips(): Record<string, Vec3> {
  const out: Record<string, Vec3> = {};
  // Cervical tips sit deeper under the nuchal muscles; C7 is the prominent one.
  for (const [v, y] of VERT_Y) out[v] = [0, y, backZ(y) + (v.startsWith('c') && v !== 'c7' ? 0.02 : 0.006)];
  return out;
}

// Upper-arm abduction (rad). In the anatomical position the arms hang slightly away from the trunk, so
// the armpit is open below its apex; the forearm adds a ~5° carrying angle.
const ABD = 0.33;

function armChain(sx: number): Record<string, Vec3> {
  const shoulder: Vec3 = [sx, 1.42, -0.012];
  const upper = norm([Math.sin(ABD), -Math.cos(ABD), -0.01]);
  const elbow = madd(shoulder, upper, 0.3);
  const fore = norm([Math.sin(ABD + 0.1), -Math.cos(ABD + 0.1), 0.06]);
  const wrist = madd(elbow, fore, 0.255);
  return { shoulder, elbow, wrist };
}

export function buildSkeleton(params: BodyParams): Skeleton {
  const female = params.sex === 'female';
  const frame = 0.97 + 0.06 * params.build;
  const sx = 0.19 * frame * (female ? 0.93 : 1);
  const hipK = female ? 1.05 : 1;
  const p: Record<string, Vec3> = {
    vertex: [0, 1.75, -0.012],
    headCentre: [0, 1.655, -0.012],
    chin: [0, 1.522, 0.07],
    notch: [0, 1.438, 0.035],
    sternalAngle: [0, 1.392, 0.068],
    xiphoid: [0, 1.258, 0.085],
    umbilicus: [0, 1.05, 0.088],
    pubis: [0, 0.885, 0.068],
    iliacCrest: [0.142 * hipK, 1.035, -0.025],
    asis: [0.112 * hipK, 0.972, 0.07],
    psis: [0.042, 0.985, -0.095],
    trochanter: [0.163 * hipK * frame, 0.925, -0.006],
    hip: [0.088 * hipK, 0.915, 0.008],
    ischium: [0.058, 0.852, -0.075],
    sacralHiatus: [0, 0.902, -0.108],
    coccyx: [0, 0.868, -0.1],
    clavMedial: [0.02, 1.446, 0.04],
    clavLateral: [sx - 0.012, 1.466, -0.008],
    acromion: [sx + 0.016, 1.458, -0.014],
    coracoid: [sx - 0.025, 1.425, 0.035],
    scapSup: [0.075, 1.445, -0.085],
    scapRoot: [0.076, 1.41, -0.1],
    scapInf: [0.088, 1.305, -0.105],
    nipple: [female ? 0.094 : 0.1, 1.295, 0.105],
    knee: [0.098, 0.474, 0.004],
    patella: [0.1, 0.492, 0.05],
    tibTub: [0.1, 0.428, 0.044],
    fibHead: [0.14, 0.435, -0.01],
    medCondyle: [0.066, 0.428, 0.0],
    ankle: [0.105, 0.078, -0.012],
    latMall: [0.129, 0.068, -0.02],
    medMall: [0.079, 0.082, 0.0],
    ...armChain(sx),
  };
  const hand = handFrame(p.elbow!, p.wrist!);
  const foot: FootFrame = { fwd: [Math.sin(0.12), 0, Math.cos(0.12)], lat: [Math.cos(0.12), 0, -Math.sin(0.12)] };
  const fingers = fingerChains(p.wrist!, hand);
  const toes = toeChains(p.ankle!, foot);
  const s = params.height / REFERENCE_HEIGHT;
  const sc = (v: Vec3): Vec3 => scale(v, s);
  const mapRec = <T extends Record<string, Vec3>>(r: T): Record<string, Vec3> =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, sc(v)]));
  const mapChains = (r: Record<string, Vec3[]>): Record<string, Vec3[]> =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map(sc)]));
  return {
    s,
    p: mapRec(p),
    spine: mapRec(spineTips()),
    hand,
    foot,
    fingers: mapChains(fingers),
    toes: mapChains(toes),
  };
}

function handFrame(elbow: Vec3, wrist: Vec3): HandFrame {
  const fore = norm([wrist[0] - elbow[0], wrist[1] - elbow[1], wrist[2] - elbow[2]]);
  // The hand hangs a little more vertically than the forearm (carrying angle does not continue).
  const down = norm(add(fore, [-0.08, 0, -0.04]));
  const palmar: Vec3 = [0, 0, 1];
  const radial = norm([-down[1], down[0], 0]);
  return { down: norm(down), radial: radial[0] > 0 ? radial : scale(radial, -1), palmar };
}

const FINGERS: [string, number, number, number, number][] = [
  // name, radial offset of the MCP head, spread angle (rad, + radial), length, proximal-end drop
  ['index', 0.027, 0.07, 0.092, 0.0],
  ['middle', 0.007, 0.015, 0.1, 0.003],
  ['ring', -0.0125, -0.045, 0.094, 0.0],
  ['little', -0.03, -0.12, 0.074, -0.008],
];

function fingerChains(wrist: Vec3, h: HandFrame): Record<string, Vec3[]> {
  const out: Record<string, Vec3[]> = {};
  for (const [name, off, ang, length, drop] of FINGERS) {
    let q = madd(madd(wrist, h.down, 0.094 + drop), h.radial, off);
    const chain: Vec3[] = [q];
    let dir = norm(add(scale(h.down, Math.cos(ang)), scale(h.radial, Math.sin(ang))));
    for (const f of [0.46, 0.29, 0.25]) {
      // slight resting flexion towards the palm at each joint
      q = madd(q, dir, length * f);
      chain.push(q);
      dir = norm(madd(dir, h.palmar, 0.14));
    }
    out[name] = chain;
  }
  const cmc = madd(madd(madd(wrist, h.down, 0.02), h.radial, 0.02), h.palmar, 0.01);
  let dir = norm(add(add(scale(h.down, 0.72), scale(h.radial, 0.55)), scale(h.palmar, 0.42)));
  const thumb: Vec3[] = [cmc];
  let q = cmc;
  for (const [l, turn] of [
    [0.046, 0.25],
    [0.033, 0.2],
    [0.029, 0],
  ] as const) {
    q = madd(q, dir, l);
    thumb.push(q);
    dir = norm(madd(dir, h.down, turn));
  }
  out.thumb = thumb;
  return out;
}

const TOES: [string, number, number, number, number][] = [
  // name, lateral offset at the MTP joint, forward offset, length, radius. Heel to big-toe tip ≈ 26 cm
  // (≈ 15 % of stature), the MTP joints a little under three quarters of the way forward.
  ['big', -0.03, 0.14, 0.04, 0.0125],
  ['second', -0.0045, 0.145, 0.034, 0.0085],
  ['third', 0.0135, 0.138, 0.03, 0.008],
  ['fourth', 0.03, 0.127, 0.026, 0.0078],
  ['little', 0.045, 0.112, 0.022, 0.0075],
];
export const TOE_RADII: Readonly<Record<string, number>> = Object.fromEntries(TOES.map((t) => [t[0], t[4]]));

function toeChains(ankle: Vec3, f: FootFrame): Record<string, Vec3[]> {
  const out: Record<string, Vec3[]> = {};
  for (const [name, lat, fwd, length, r] of TOES) {
    const base = madd(madd([ankle[0], 0, ankle[2]], f.fwd, fwd), f.lat, lat);
    const a: Vec3 = [base[0], r + 0.006, base[2]];
    const spread = lat * 0.25;
    const tipDir = norm(add(f.fwd, scale(f.lat, spread)));
    const b = madd(a, tipDir, length);
    out[name] = [a, lerp(a, [b[0], r, b[2]], 0.55), [b[0], r * 0.95, b[2]]];
  }
  return out;
}
