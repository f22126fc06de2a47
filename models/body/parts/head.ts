// Head: cranium, face, jaw, nose, eyes with lids, lips and ears. Adult proportions (1.75 m male):
// bizygomatic ≈ 14 cm, bigonial ≈ 11 cm, chin ≈ 4 cm wide, so the face narrows from the cheekbones to
// the chin. Every facial primitive overlaps the face volume so no tunnels form (a prototype's nose did).
import { type Kit } from '../kit';
import { type Vec3, norm } from '../vec';
import { ear } from './ear';

export function head(kit: Kit): void {
  const { bone, cap, at } = kit;
  const O: Vec3 = [0, 0, 0];
  const A = (x: number, y: number, z: number): Vec3 => at(O, x, y, z);
  bone('cranium', A(0, 1.662, -0.018), [0.075, 0.088, 0.097], 0.03);
  bone('occiput', A(0, 1.63, -0.075), [0.058, 0.05, 0.04], 0.03);
  // Midface (maxillae and zygomas): ends above the mouth; the lower face is jaw, dental arch and lips.
  bone('face', A(0, 1.615, 0.012), [0.06, 0.066, 0.068], 0.025);
  // Forehead sloping back from a soft brow ridge (not a bar), so the eyes sit under it, not in a trench.
  bone('forehead', A(0, 1.676, 0.03), [0.058, 0.05, 0.056], 0.03);
  bone('brow', A(0.03, 1.651, 0.074), [0.028, 0.0075, 0.013], 0.014, [0, 1, 0], [0.35, 0, 1]);
  // Cheekbone and zygomatic arch running back to just in front of the ear.
  bone('cheekbone', A(0.048, 1.617, 0.052), [0.016, 0.011, 0.018], 0.016);
  cap('zygomatic-arch', A(0.055, 1.613, 0.042), A(0.062, 1.614, 0.016), 0.0065, 0.006, 0.012, true);
  jaw(kit, A);
  nose(kit, A);
  mouth(kit, A);
  eyes(kit, A);
  ear(kit);
  bone('mastoid', A(0.052, 1.592, -0.03), [0.01, 0.014, 0.01], 0.015);
}

type At = (x: number, y: number, z: number) => Vec3;

/** Mandible (ramus, angle, body, chin) with the masseter over the ramus and the soft cheeks. */
function jaw(kit: Kit, A: At): void {
  const { bone, cap, ell } = kit;
  const gonion = A(0.044, 1.546, -0.004);
  cap('ramus', A(0.049, 1.6, 0.012), gonion, 0.009, 0.0105, 0.014, true);
  cap('mandible-body', gonion, A(0.02, 1.521, 0.062), 0.0105, 0.0095, 0.016, true);
  bone('chin', A(0, 1.521, 0.069), [0.017, 0.0135, 0.0125], 0.014);
  ell('masseter', A(0.047, 1.572, 0.014), [0.007, 0.026, 0.015], 0.015, norm([-0.004, 0.06, 0.022]), [1, 0, 0]);
  // Malar fat pad under the cheekbone, and the buccal cheek in front of the masseter.
  ell('cheek', A(0.039, 1.597, 0.058), [0.016, 0.015, 0.016], 0.018);
  ell('buccal', A(0.034, 1.568, 0.038), [0.017, 0.02, 0.02], 0.022);
  // Soft tissue under the jaw, so the mandible's lower border is a line, not an overhanging bar.
  ell('submandibular', A(0.018, 1.54, 0.02), [0.026, 0.016, 0.034], 0.02);
}

function nose(kit: Kit, A: At): void {
  const { bone, cap } = kit;
  // Bridge, tip and alae, all sunk into the face volume.
  cap('nose-bridge', A(0, 1.643, 0.082), A(0, 1.6, 0.1), 0.0075, 0.011, 0.012, true);
  bone('nose-tip', A(0, 1.595, 0.101), [0.011, 0.01, 0.01], 0.008);
  bone('nasal-ala', A(0.012, 1.591, 0.086), [0.008, 0.008, 0.012], 0.008);
  // Base of the nose (columella and nostril sills) filling down to the upper lip: the midface sits
  // well behind the tip, and without it a tunnel opens behind the alae.
  bone('nose-base', A(0, 1.593, 0.084), [0.013, 0.0075, 0.014], 0.008);
}

/**
 * The dental arch under the lips, then each lip as a tapering roll that follows the arch back to the
 * corner (≈2.3 cm from the midline; mouth ≈5 cm wide), the upper lip ahead of the lower one.
 */
function mouth(kit: Kit, A: At): void {
  const { bone, cap } = kit;
  bone('dental-arch', A(0, 1.572, 0.05), [0.029, 0.034, 0.032], 0.02);
  const roll = (name: string, pts: [Vec3, number][]): void => {
    for (let i = 0; i + 1 < pts.length; i++)
      cap(`${name}-${i}`, pts[i]![0], pts[i + 1]![0], pts[i]![1], pts[i + 1]![1], 0.005, true);
  };
  roll('lip-upper', [
    [A(0, 1.564, 0.0805), 0.005],
    [A(0.012, 1.5645, 0.0772), 0.0042],
    [A(0.023, 1.5592, 0.066), 0.0018],
  ]);
  roll('lip-lower', [
    [A(0, 1.5525, 0.0765), 0.0055],
    [A(0.011, 1.553, 0.0725), 0.0045],
    [A(0.022, 1.5585, 0.066), 0.0018],
  ]);
  const line: Vec3[] = [A(0, 1.5585, 0.0848), A(0.011, 1.5587, 0.0805), A(0.0225, 1.559, 0.0695)];
  for (let i = 0; i < 2; i++) kit.carveCap(`mouth-line-${i}`, line[i]!, line[i + 1]!, 0.0017, 0.002);
}

/**
 * Eyes: a slightly wide globe (front ≈ 8 cm ahead of the ear canal line) with upper and lower lids as
 * shells a little larger than the globe, offset up/down and back, so their margins arch over and under
 * the iris (fissure ≈ 9 mm high at the pupil) and meet at the canthi; a shallow hollow under the brow.
 */
function eyes(kit: Kit, A: At): void {
  const { bone } = kit;
  kit.carveEll('orbit', A(0.032, 1.64, 0.096), [0.02, 0.01, 0.013], 0.008);
  bone('eye', A(0.032, 1.633, 0.068), [0.0135, 0.0115, 0.012], 0.002, [0, 1, 0], [0.2, 0, 1]);
  bone('upper-lid', A(0.032, 1.6368, 0.0665), [0.0146, 0.0121, 0.0126], 0.0015, [0, 1, 0], [0.2, 0, 1]);
  bone('lower-lid', A(0.032, 1.6285, 0.067), [0.0143, 0.0117, 0.0124], 0.0015, [0, 1, 0], [0.2, 0, 1]);
  // Infraorbital margin: the bony rim palpable ≈1.7 cm below the pupil (orbital opening ≈3.5 cm high,
  // the pupil near its middle), lower and further back laterally; the lid–cheek furrow lies above it.
  kit.cap('infraorbital-rim', A(0.019, 1.6185, 0.07), A(0.032, 1.6155, 0.0705), 0.004, 0.004, 0.008, true);
  kit.cap('infraorbital-rim-lateral', A(0.032, 1.6155, 0.0705), A(0.046, 1.619, 0.063), 0.004, 0.0038, 0.008, true);
}
