// The auricle, built in its own plane so it reads as an ear: a thin plate standing off the head behind
// the canal, a helix rim curling round it into the lobe, the antihelix with its two crura, tragus,
// antitragus and a carved concha. Adult ear ≈ 6.5 cm tall, ≈ 3.3 cm wide, long axis tilted back ~14°.
import { type Kit } from '../kit';
import { type Vec3, madd, norm, scale } from '../vec';

/** External ear canal opening, reference metres (left side); the ear is laid out around it. */
const CANAL: Vec3 = [0.0705, 1.622, 0.0];
const U = norm([0, 1, -0.25]);
const F = norm([0, 0.25, 1]);
// Towards the back of the auricle, flaring outwards: the helix stands ~1.2 cm off the scalp behind it.
const B = norm(madd(scale(F, -1), [1, 0, 0], 0.6));
const N = norm(madd([1, 0, 0], F, 0.6));

/** A point of the ear in reference metres: `a` up the ear, `b` back across it, `c` out of its plane. */
export function earPoint(a: number, b: number, c = 0): Vec3 {
  return madd(madd(madd(CANAL, U, a), B, b), N, c);
}
export const EAR_UP = U;

// Helix: from the crus inside the concha, forward to its root at the face, over the top, down the back
// to the lobe ((a, b) in metres).
const HELIX: [number, number][] = [
  [0.004, 0.007],
  [0.011, 0.0025],
  [0.021, 0.003],
  [0.029, 0.008],
  [0.033, 0.016],
  [0.03, 0.025],
  [0.022, 0.03],
  [0.01, 0.031],
  [-0.003, 0.0285],
  [-0.013, 0.024],
  [-0.02, 0.018],
];
// Antihelix from the antitragus up the middle of the ear, then its superior and inferior crura.
const ANTIHELIX: [number, number][] = [
  [-0.01, 0.0155],
  [-0.002, 0.0205],
  [0.008, 0.0225],
  [0.017, 0.021],
];
const CRURA: [number, number][][] = [
  [
    [0.017, 0.021],
    [0.025, 0.019],
  ],
  [
    [0.017, 0.021],
    [0.0155, 0.0125],
    [0.013, 0.0075],
  ],
];

export function ear(kit: Kit): void {
  const { s } = kit;
  const P = (a: number, b: number, c = 0): Vec3 => {
    const q = earPoint(a, b, c);
    return [q[0] * s, q[1] * s, q[2] * s];
  };
  const chain = (name: string, pts: [number, number][], r: number, c: number, k: number): void => {
    for (let i = 0; i + 1 < pts.length; i++) {
      const [a0, b0] = pts[i]!,
        [a1, b1] = pts[i + 1]!;
      kit.cap(`${name}-${i}`, P(a0, b0, c), P(a1, b1, c), r, r, k, true);
    }
  };
  // plate (scapha and concha floor), thin so the rims stand out of it
  kit.bone('ear-plate', P(0.006, 0.015, -0.001), [0.014, 0.026, 0.0032], 0.004, U, N);
  chain('helix', HELIX, 0.0033, 0.0022, 0.003);
  kit.bone('earlobe', P(-0.021, 0.013, 0.0005), [0.0095, 0.0095, 0.0042], 0.005, U, N);
  chain('antihelix', ANTIHELIX, 0.0029, 0.0018, 0.003);
  CRURA.forEach((c, i) => chain(`antihelix-crus-${i}`, c, 0.0025, 0.0015, 0.003));
  // tragus in front of the canal, antitragus below the antihelix, the notch between them
  kit.bone('tragus', P(-0.002, 0.0005, 0.0035), [0.0042, 0.0055, 0.0038], 0.003, U, N);
  kit.bone('antitragus', P(-0.0115, 0.0125, 0.003), [0.0045, 0.0035, 0.003], 0.003, U, N);
  // concha: the bowl behind the tragus, leading into the canal
  kit.carveEll('concha', P(-0.001, 0.0105, 0.0045), [0.0075, 0.0115, 0.0048], 0.003, U, N);
  kit.carveEll('ear-canal', P(0.0, 0.004, 0.0), [0.003, 0.0035, 0.004], 0.002, U, N);
}
