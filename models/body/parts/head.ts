// Head: cranium, face, jaw, nose, brows, cheekbones, lips and ears. Kept simple but closed: every
// facial primitive overlaps the face volume so no tunnels form (a prototype's nose once did).
import { type Kit } from '../kit';
import { type Vec3 } from '../vec';

export function head(kit: Kit): void {
  const { ell, cap, bone, at, carveEll, carveCap } = kit;
  const O: Vec3 = [0, 0, 0];
  const A = (x: number, y: number, z: number): Vec3 => at(O, x, y, z);
  bone('cranium', A(0, 1.662, -0.018), [0.075, 0.088, 0.097], 0.03);
  bone('face', A(0, 1.608, 0.018), [0.064, 0.082, 0.072], 0.03);
  bone('occiput', A(0, 1.63, -0.075), [0.058, 0.05, 0.04], 0.03);
  bone('jaw', A(0.044, 1.548, -0.012), [0.013, 0.02, 0.02], 0.02);
  cap('jawline', A(0.044, 1.548, -0.01), A(0.016, 1.524, 0.07), 0.014, 0.013, 0.018, true);
  bone('chin', A(0, 1.526, 0.075), [0.019, 0.016, 0.014], 0.014);
  bone('cheekbone', A(0.047, 1.618, 0.052), [0.018, 0.012, 0.02], 0.02);
  // Forehead sloping back from a soft brow ridge (not a bar), so the eyes sit under it, not in a trench.
  bone('forehead', A(0, 1.676, 0.03), [0.058, 0.05, 0.056], 0.03);
  bone('brow', A(0.03, 1.651, 0.074), [0.028, 0.0075, 0.013], 0.014, [0, 1, 0], [0.35, 0, 1]);
  // Nose: bridge, tip and alae, all sunk into the face volume.
  cap('nose-bridge', A(0, 1.643, 0.082), A(0, 1.6, 0.1), 0.0075, 0.011, 0.012, true);
  bone('nose-tip', A(0, 1.595, 0.101), [0.011, 0.01, 0.01], 0.008);
  bone('nasal-ala', A(0.012, 1.591, 0.089), [0.008, 0.008, 0.009], 0.008);
  // mouth ≈5 cm wide (corners ≈2.4 cm from the midline), lips thin and set back behind the nose tip
  ell('lip-upper', A(0, 1.566, 0.086), [0.024, 0.0065, 0.008], 0.01);
  ell('lip-lower', A(0, 1.551, 0.083), [0.021, 0.007, 0.0085], 0.01);
  carveCap('mouth-line', A(-0.023, 1.5585, 0.096), A(0.023, 1.5585, 0.096), 0.0018, 0.003);
  // Ears: flattened ellipsoid plates, thin axis along x, leaning back slightly.
  bone('ear', A(0.074, 1.628, -0.012), [0.008, 0.03, 0.019], 0.008, [0, 1, -0.2], [0, 0, 1]);
  // concha: the bowl of the ear behind the tragus, leaving the helix as a rim
  carveEll('concha', A(0.0835, 1.622, -0.01), [0.0055, 0.015, 0.01], 0.004, [0, 1, -0.2], [0, 0, 1]);
  // Eye sockets, then the mastoid bump behind the ear.
  // Eye: the palpebral fissure runs from the inner canthus (≈1.6 cm from the midline) to the outer one
  // (≈4.7 cm; adult intercanthal ≈3.2 cm, fissure ≈3 cm); the orbit hollow is shallow and wider than it.
  carveEll('orbit', A(0.032, 1.636, 0.093), [0.019, 0.011, 0.013], 0.01);
  bone('eye', A(0.0315, 1.633, 0.076), [0.0145, 0.0075, 0.0095], 0.003, [0, 1, 0], [0.25, 0, 1]);
  cap('lower-lid', A(0.02, 1.6285, 0.08), A(0.045, 1.63, 0.07), 0.0025, 0.002, 0.004, true);
  bone('mastoid', A(0.052, 1.592, -0.03), [0.01, 0.014, 0.01], 0.015);
  ell('cheek', A(0.042, 1.586, 0.046), [0.019, 0.021, 0.022], 0.022);
}
