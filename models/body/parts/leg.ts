// Lower limb: thigh muscles, knee (patella, ligament, condyles, popliteal fossa and crease, hamstring
// tendons), leg (tibial crest, tibialis anterior, calf, fibular head), malleoli, Achilles tendon, foot.
import { TOE_RADII } from '../skeleton';
import { type Kit } from '../kit';
import { type Vec3, lerp, madd, norm, sub } from '../vec';

export function leg(kit: Kit): void {
  const { ell, cap, bone, at, sk } = kit;
  const H = sk.p.hip!,
    K = sk.p.knee!,
    A = sk.p.ankle!;
  const thigh = norm(sub(K, H));
  // Broad builds add thigh girth on the outer side so the inner thighs still part below the perineum.
  const widen = Math.max(0, kit.g - 1) * 0.09;
  cap('thigh', at(H, 0.004 + widen, 0.02, -0.01), at(K, 0, 0.03, -0.004), 0.082, 0.052, 0.05);
  ell('quadriceps', madd(lerp(H, K, 0.45), [0.006, 0, 0.03], kit.s), [0.056, 0.2, 0.045], 0.04, thigh);
  ell('vastus-medialis', at(K, -0.028, 0.085, 0.02), [0.03, 0.06, 0.032], 0.03, thigh);
  ell('vastus-lateralis', madd(lerp(H, K, 0.5), [0.04, 0, 0.0], kit.s), [0.035, 0.16, 0.045], 0.04, thigh);
  ell('hamstrings', madd(lerp(H, K, 0.5), [0.0, 0, -0.03], kit.s), [0.052, 0.18, 0.042], 0.04, thigh);
  ell('adductors', at(H, -0.035 + widen, -0.13, 0.0), [0.045, 0.12, 0.05], 0.04, thigh);
  // Knee
  bone('condyles', at(K, 0, 0.01, 0.0), [0.048, 0.036, 0.044], 0.03);
  bone('patella', sk.p.patella!, [0.021, 0.024, 0.0115], 0.006);
  cap(
    'patellar-ligament',
    at(sk.p.patella!, 0, -0.022, 0.004),
    at(sk.p.tibTub!, 0, 0.0, 0.0),
    0.006,
    0.007,
    0.014,
    true,
  );
  bone('tibial-tuberosity', sk.p.tibTub!, [0.012, 0.012, 0.009], 0.01);
  cap('biceps-femoris-tendon', at(K, 0.036, 0.12, -0.04), at(sk.p.fibHead!, 0, 0.01, -0.004), 0.011, 0.009, 0.015);
  cap('semitendinosus-tendon', at(K, -0.028, 0.12, -0.042), at(K, -0.03, -0.03, -0.03), 0.011, 0.009, 0.015);
  kit.details.push((f) => {
    kit.crease(
      f,
      'popliteal-crease',
      at(K, -0.026, -0.005, 0),
      at(K, 0.026, -0.005, 0),
      [0, 0, -1],
      0.002,
      0.0012,
      0.003,
    );
  });
  // Leg
  cap('leg', at(K, 0, -0.03, -0.01), at(A, 0, 0.045, -0.008), 0.047, 0.028, 0.03);
  cap('ankle', at(A, 0, 0.06, -0.008), at(A, 0, 0.0, -0.004), 0.027, 0.027, 0.03);
  cap('tibial-crest', at(sk.p.tibTub!, 0.0, -0.012, -0.006), at(A, -0.004, 0.07, 0.014), 0.0095, 0.009, 0.018, true);
  ell('tibialis-anterior', at(K, 0.02, -0.16, 0.016), [0.017, 0.1, 0.018], 0.03);
  ell('gastrocnemius-medial', at(K, -0.018, -0.13, -0.036), [0.035, 0.095, 0.042], 0.03);
  ell('gastrocnemius-lateral', at(K, 0.021, -0.12, -0.033), [0.03, 0.085, 0.036], 0.03);
  ell('soleus', at(K, 0.0, -0.23, -0.026), [0.042, 0.11, 0.032], 0.03);
  bone('fibula-head', sk.p.fibHead!, [0.012, 0.012, 0.012], 0.008);
  bone('lateral-malleolus', sk.p.latMall!, [0.012, 0.016, 0.013], 0.01);
  bone('medial-malleolus', sk.p.medMall!, [0.013, 0.014, 0.014], 0.01);
  cap('achilles', at(A, 0, 0.16, -0.035), at(A, 0, -0.03, -0.05), 0.012, 0.013, 0.03);
  kit.carveEll('popliteal-fossa', at(K, 0, 0.0, -0.062), [0.016, 0.04, 0.01], 0.02);
  foot(kit);
}

function foot(kit: Kit): void {
  const { bone, cap, sk, s } = kit;
  const A = sk.p.ankle!,
    f = sk.foot;
  const local = (fwd: number, y: number, lat: number): Vec3 =>
    madd(madd([A[0], y * s, A[2]], f.fwd, fwd * s), f.lat, lat * s);
  bone('heel', local(-0.034, 0.035, 0.002), [0.03, 0.035, 0.036], 0.02, [0, 1, 0], f.fwd);
  bone('talus', local(0.005, 0.06, 0.0), [0.028, 0.03, 0.035], 0.02, [0, 1, 0], f.fwd);
  bone('midfoot', local(0.065, 0.032, 0.004), [0.043, 0.03, 0.075], 0.025, [0, 1, 0], f.fwd);
  bone('instep', local(0.055, 0.05, -0.004), [0.03, 0.025, 0.05], 0.03, [0, 1, 0], f.fwd);
  bone('forefoot', local(0.124, 0.022, 0.008), [0.05, 0.021, 0.036], 0.015, [0, 1, 0], f.fwd);
  // Medial longitudinal arch: the sole lifts off the ground between heel and ball on the inner side.
  kit.carveEll('arch', local(0.062, -0.003, -0.038), [0.022, 0.013, 0.042], 0.012, [0, 1, 0], f.fwd);
  bone('navicular', local(0.045, 0.038, -0.03), [0.01, 0.01, 0.012], 0.012);
  bone('metatarsal-5-tuberosity', local(0.075, 0.016, 0.042), [0.01, 0.008, 0.012], 0.012);
  for (const [name, chain] of Object.entries(sk.toes)) {
    const r = TOE_RADII[name]! * s;
    cap(`${name}-toe-0`, chain[0]!, chain[1]!, r / s, (r * 0.95) / s, 0.004, true);
    cap(`${name}-toe-1`, chain[1]!, chain[2]!, (r * 0.95) / s, (r * 0.85) / s, 0.003, true);
  }
}
