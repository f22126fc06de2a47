// Upper limb: deltoid, upper arm, elbow (epicondyles, olecranon), forearm with radius and ulna, the
// wrist with its palmar crease, and the hand (palm, thenar/hypothenar, fingers, thumb and the web).
import { type Kit } from '../kit';
import { type Vec3, lerp, madd, norm, sub } from '../vec';

/** centre of the carved armpit hollow, reference metres from the shoulder joint (shared with its landmark) */
export const AXILLA: Vec3 = [-0.024, -0.1, -0.01];

export function arm(kit: Kit): void {
  const { ell, cap, bone, at, sk } = kit;
  const S = sk.p.shoulder!, E = sk.p.elbow!, W = sk.p.wrist!;
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
  const med = at(E, -0.034, 0.004, -0.006), lat = at(E, 0.03, 0.004, -0.004);
  bone('medial-epicondyle', med, [0.011, 0.011, 0.011], 0.012);
  bone('lateral-epicondyle', lat, [0.009, 0.009, 0.009], 0.012);
  bone('olecranon', at(E, 0, 0.01, -0.03), [0.011, 0.014, 0.01], 0.012);
  // Forearm: radius (lateral) and ulna (medial) cores plus muscle bellies near the elbow.
  const rs = at(W, 0.022, 0.006, 0.0), us = at(W, -0.021, 0.01, -0.008);
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
  const { bone, cap, sk, s } = kit;
  const W = sk.p.wrist!, h = sk.hand;
  const local = (d: number, r: number, p: number): Vec3 =>
    madd(madd(madd(W, h.down, d * s), h.radial, r * s), h.palmar, p * s);
  bone('palm', local(0.05, -0.002, 0.0), [0.041, 0.05, 0.0135], 0.012, h.down, h.palmar);
  bone('carpus', local(0.012, 0.0, 0.0), [0.03, 0.02, 0.016], 0.015, h.down, h.palmar);
  bone('hypothenar', local(0.045, -0.026, 0.009), [0.013, 0.035, 0.01], 0.01, h.down, h.palmar);
  bone('thenar', local(0.035, 0.022, 0.013), [0.016, 0.03, 0.012], 0.01, h.down, h.palmar);
  const thumb = sk.fingers.thumb!;
  // First web space: a thin sheet between the first metacarpal and the index metacarpal (LI4 lies on it).
  const idx = sk.fingers.index!;
  const webC = lerp(lerp(thumb[1]!, idx[0]!, 0.45), W, 0.15);
  bone('thumb-web', webC, [0.016, 0.022, 0.0075], 0.01, sub(idx[0]!, thumb[0]!), h.palmar);
  const tr = [0.0125, 0.0105, 0.0095, 0.0085];
  for (let i = 0; i < 3; i++) cap(`thumb-${i}`, thumb[i]!, thumb[i + 1]!, tr[i]!, tr[i + 1]!, 0.006, true);
  const scaleR: Record<string, number> = { index: 1, middle: 1.03, ring: 0.95, little: 0.82 };
  for (const [name, chain] of Object.entries(sk.fingers)) {
    if (name === 'thumb') continue;
    const f = scaleR[name]!;
    // metacarpal from the carpus to the MCP head, then the three phalanges with narrow blends
    cap(`${name}-metacarpal`, lerp(W, chain[0]!, 0.25), chain[0]!, 0.009 * f, 0.0095 * f, 0.01, true);
    // knuckle: the metacarpal head stands out on the dorsum
    bone(`${name}-knuckle`, madd(chain[0]!, h.palmar, -0.0035 * s), [0.0085 * f, 0.008 * f, 0.0075 * f], 0.006);
    const r = [0.0092, 0.0084, 0.0077, 0.0068].map((v) => v * f);
    for (let i = 0; i < 3; i++) cap(`${name}-${i}`, chain[i]!, chain[i + 1]!, r[i]!, r[i + 1]!, 0.0025, true);
  }
}
