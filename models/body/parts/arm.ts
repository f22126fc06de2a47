// Upper limb: deltoid, upper arm, elbow (epicondyles, olecranon), forearm with radius and ulna, the
// wrist with its palmar crease, and the hand (palm, thenar/hypothenar, fingers, thumb and the web).
import { type Kit } from '../kit';
import { type Vec3, dot, lerp, madd, norm, sub } from '../vec';

/** centre of the carved armpit hollow, reference metres from the shoulder joint (shared with its landmark) */
export const AXILLA: Vec3 = [-0.024, -0.1, -0.01];

export function arm(kit: Kit): void {
  const { ell, cap, bone, at, sk } = kit;
  const S = sk.p.shoulder!,
    E = sk.p.elbow!,
    W = sk.p.wrist!;
  const up = norm(sub(E, S));
  const fore = norm(sub(W, E));
  ell('deltoid', at(S, 0.012, -0.025, 0.0), [0.043, 0.075, 0.05], 0.03, up, [0, 0, 1]);
  cap('upper-arm', at(S, 0, -0.02, 0), E, 0.043, 0.034, 0.03);
  ell('biceps', madd(lerp(S, E, 0.55), [0, 0, 1], 0.013 * kit.s), [0.026, 0.08, 0.026], 0.02, up);
  ell('triceps', madd(lerp(S, E, 0.45), [0, 0, 1], -0.016 * kit.s), [0.028, 0.09, 0.028], 0.02, up);
  // Armpit: the smooth unions of the shoulder, upper arm and chest wall would fill it, so a narrow
  // hollow is carved between the anterior and posterior folds; its dome is the apex of the axilla.
  const ax = AXILLA;
  kit.carveEll('axilla', at(S, ax[0], ax[1], ax[2]), [0.013, 0.055, 0.034], 0.012);
  // Elbow: epicondyles either side, olecranon behind.
  const med = at(E, -0.034, 0.004, -0.006),
    lat = at(E, 0.03, 0.004, -0.004);
  bone('medial-epicondyle', med, [0.011, 0.011, 0.011], 0.012);
  bone('lateral-epicondyle', lat, [0.009, 0.009, 0.009], 0.012);
  bone('olecranon', at(E, 0, 0.01, -0.03), [0.011, 0.014, 0.01], 0.012);
  // Forearm: radius (lateral) and ulna (medial) cores plus muscle bellies near the elbow.
  const rs = at(W, 0.022, 0.006, 0.0),
    us = at(W, -0.021, 0.01, -0.008);
  cap('radius', at(E, 0.016, -0.02, 0.006), rs, 0.019, 0.014, 0.03);
  cap('ulna', at(E, -0.012, 0.0, -0.018), us, 0.018, 0.012, 0.03);
  ell('flexors', madd(lerp(E, W, 0.3), [-0.006, 0, 0.01], kit.s), [0.03, 0.09, 0.025], 0.03, fore);
  ell('brachioradialis', madd(lerp(E, W, 0.25), [0.018, 0, 0.0], kit.s), [0.018, 0.08, 0.02], 0.025, fore);
  bone('radial-styloid', at(W, 0.024, 0.004, 0.0), [0.008, 0.01, 0.009], 0.01);
  bone('ulnar-styloid', at(W, -0.022, 0.008, -0.01), [0.007, 0.007, 0.007], 0.008);
  // Palmar wrist crease: a fine groove across the front of the wrist.
  kit.details.push((f) => {
    kit.crease(f, 'wrist-crease', at(W, -0.02, -0.002, 0), at(W, 0.022, 0.0, 0), [0, 0, 1], 0.002, 0.0012, 0.003);
  });
  hand(kit);
}

function hand(kit: Kit): void {
  const { bone, sk, s } = kit;
  const W = sk.p.wrist!,
    h = sk.hand;
  const local = (d: number, r: number, p: number): Vec3 =>
    madd(madd(madd(W, h.down, d * s), h.radial, r * s), h.palmar, p * s);
  bone('palm', local(0.05, -0.002, 0.0), [0.041, 0.05, 0.0135], 0.012, h.down, h.palmar);
  bone('carpus', local(0.012, 0.0, 0.0), [0.03, 0.02, 0.016], 0.015, h.down, h.palmar);
  bone('hypothenar', local(0.045, -0.026, 0.009), [0.013, 0.035, 0.01], 0.01, h.down, h.palmar);
  thumb(kit);
  const scaleR: Record<string, number> = { index: 1, middle: 1.03, ring: 0.95, little: 0.82 };
  for (const [name, chain] of Object.entries(sk.fingers)) {
    if (name === 'thumb') continue;
    const f = scaleR[name]!;
    // metacarpal from the carpus to the MCP head; the head stands out on the dorsum as the knuckle
    kit.cap(`${name}-metacarpal`, lerp(W, chain[0]!, 0.25), chain[0]!, 0.009 * f, 0.0095 * f, 0.01, true);
    bone(`${name}-knuckle`, madd(chain[0]!, h.palmar, -0.0035 * s), [0.0085 * f, 0.008 * f, 0.0075 * f], 0.006);
    finger(kit, name, chain, f, scaleV(h.palmar, -1));
  }
}

const scaleV = (v: Vec3, k: number): Vec3 => [v[0] * k, v[1] * k, v[2] * k];

/**
 * One finger: phalanges that narrow between the joints and towards the tip (adult index ≈ 1.8 cm wide
 * at the base, ≈ 1.4 cm at the pad), slightly broader joints with a dorsal knuckle at the PIP and DIP,
 * and a flat nail plate inset on the back of the distal phalanx.
 */
function finger(kit: Kit, name: string, chain: Vec3[], f: number, dorsal: Vec3): void {
  const { s } = kit;
  // shaft radii at each end of the three phalanges, then the joint bulges at the PIP and DIP
  const shaft: [number, number][] = [
    [0.0091, 0.0079],
    [0.0077, 0.0069],
    [0.007, 0.0059],
  ];
  for (let i = 0; i < 3; i++)
    kit.cap(`${name}-${i}`, chain[i]!, chain[i + 1]!, shaft[i]![0] * f, shaft[i]![1] * f, 0.0025, true);
  [0.0081, 0.0072].forEach((r, i) => {
    const j = chain[i + 1]!,
      along = norm(sub(chain[i + 2]!, chain[i]!));
    kit.bone(`${name}-joint-${i}`, j, [r * f, r * 0.9 * f, r * 0.92 * f], 0.004, along, dorsal);
    kit.bone(
      `${name}-joint-knuckle-${i}`,
      madd(j, dorsal, 0.003 * s * f),
      [0.0048 * f, 0.0045 * f, 0.0043 * f],
      0.004,
      along,
      dorsal,
    );
  });
  nail(kit, name, chain[2]!, chain[3]!, dorsal, 0.0064 * f, f);
}

/** A nail plate: a shallow flat cut (≈0.8 mm) over the distal half of the last phalanx, back side. */
function nail(kit: Kit, name: string, dip: Vec3, tip: Vec3, dorsal: Vec3, r: number, f: number): void {
  const along = norm(sub(tip, dip));
  const up = norm(sub(dorsal, scaleV(along, dot(dorsal, along))));
  const c = madd(lerp(dip, tip, 0.6), up, (r + 0.0016 * f - 0.0008) * kit.s);
  kit.carveEll(`${name}-nail`, c, [0.0043 * f, 0.0058 * f, 0.0016 * f], 0.0012, along, up);
}

/**
 * Thumb: a thick first metacarpal under the thenar eminence (the ball of the thumb, a soft mound on
 * the palm side running from the wrist to the MCP), two broad phalanges with a flat nail facing
 * radially, and the first web space between it and the index metacarpal (LI4 lies on its dorsum).
 */
function thumb(kit: Kit): void {
  const { bone, cap, sk, s } = kit;
  const W = sk.p.wrist!,
    h = sk.hand,
    t = sk.fingers.thumb!,
    idx = sk.fingers.index!;
  const webC = lerp(lerp(t[1]!, idx[0]!, 0.45), W, 0.15);
  bone('thumb-web', webC, [0.016, 0.022, 0.0075], 0.01, sub(idx[0]!, t[0]!), h.palmar);
  const meta = norm(sub(t[1]!, t[0]!));
  // thenar eminence: over the metacarpal, towards the palm and a little palmar of it
  const thenarC = madd(madd(lerp(t[0]!, t[1]!, 0.4), h.radial, -0.009 * s), h.palmar, 0.006 * s);
  kit.ell('thenar', thenarC, [0.016, 0.027, 0.012], 0.012, meta, h.palmar);
  const tr: [number, number][] = [
    [0.0125, 0.0108],
    [0.0104, 0.0094],
    [0.0095, 0.0078],
  ];
  for (let i = 0; i < 3; i++) cap(`thumb-${i}`, t[i]!, t[i + 1]!, tr[i]![0], tr[i]![1], 0.006, true);
  const along = norm(sub(t[3]!, t[2]!));
  // The thumb is turned ~90° to the palm: its back (and nail) faces radially, its pulp faces the index.
  const back = norm(sub(h.radial, scaleV(along, dot(h.radial, along))));
  bone('thumb-ip-joint', t[2]!, [0.0104, 0.0098, 0.0096], 0.003, along, back);
  nail(kit, 'thumb', t[2]!, t[3]!, back, 0.0083, 1.25);
}
