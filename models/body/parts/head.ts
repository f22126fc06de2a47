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
  bone('jaw', A(0.046, 1.548, -0.012), [0.014, 0.02, 0.02], 0.02);
  cap('jawline', A(0.046, 1.548, -0.01), A(0.016, 1.522, 0.068), 0.016, 0.014, 0.02, true);
  bone('chin', A(0, 1.524, 0.072), [0.02, 0.017, 0.015], 0.015);
  bone('cheekbone', A(0.047, 1.618, 0.052), [0.018, 0.012, 0.02], 0.02);
  cap('brow', A(0.012, 1.652, 0.086), A(0.05, 1.654, 0.07), 0.009, 0.008, 0.012, true);
  // Nose: bridge, tip and alae, all sunk into the face volume.
  cap('nose-bridge', A(0, 1.643, 0.082), A(0, 1.6, 0.1), 0.0075, 0.011, 0.012, true);
  bone('nose-tip', A(0, 1.595, 0.101), [0.011, 0.01, 0.01], 0.008);
  bone('nasal-ala', A(0.012, 1.591, 0.089), [0.008, 0.008, 0.009], 0.008);
  ell('lip-upper', A(0, 1.566, 0.089), [0.022, 0.008, 0.01], 0.01);
  ell('lip-lower', A(0, 1.551, 0.086), [0.02, 0.008, 0.01], 0.01);
  carveCap('mouth-line', A(-0.02, 1.5585, 0.098), A(0.02, 1.5585, 0.098), 0.0018, 0.003);
  // Ears: flattened ellipsoid plates, thin axis along x, leaning back slightly.
  bone('ear', A(0.074, 1.628, -0.012), [0.008, 0.03, 0.019], 0.008, [0, 1, -0.2], [0, 0, 1]);
  // Eye sockets, then the mastoid bump behind the ear.
  carveEll('orbit', A(0.032, 1.634, 0.096), [0.016, 0.009, 0.012], 0.008);
  bone('eye', A(0.032, 1.633, 0.078), [0.012, 0.009, 0.008], 0.004);
  bone('mastoid', A(0.052, 1.592, -0.03), [0.01, 0.014, 0.01], 0.015);
  ell('cheek', A(0.04, 1.58, 0.05), [0.022, 0.025, 0.025], 0.025);
}
