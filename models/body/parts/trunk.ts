// Trunk, neck and shoulder girdle: ribcage, abdomen, pelvis, pectorals, back muscles, scapulae,
// clavicles, costal margin, buttocks, spinous processes, and the carved navel, furrows and folds.
import { type Kit } from '../kit';
import { ellipsoid } from '../primitives';
import { skinExit } from '../raycast';
import { type Vec3, madd } from '../vec';

export function trunk(kit: Kit): void {
  const { ell, cap, bone, at, sk } = kit;
  const O: Vec3 = [0, 0, 0];
  const A = (x: number, y: number, z: number): Vec3 => at(O, x, y, z);
  const female = kit.params.sex === 'female';
  const w = female ? 0.93 : 1;
  // Core volumes, wide blends so the trunk reads as one smooth form.
  // Thorax: a midline ribcage plus a lobe either side gives the broad, flat-fronted chest of an adult
  // (breadth ≈ 32 cm, depth ≈ 22 cm at the nipples), so the 6-cun line (SP17–SP20) is still on the front.
  ell('ribcage', A(0, 1.3, -0.005), [0.14 * w, 0.165, 0.105], 0.05);
  ell('thorax-side', A(0.088 * w, 1.3, 0.012), [0.076 * w, 0.13, 0.092], 0.035);
  // Anterolateral corner of the chest (serratus / lateral pectoral edge), kept in front of the mid-axillary
  // line so the armpit between chest wall and arm stays open.
  ell('chest-corner', A(0.118 * w, 1.285, 0.042), [0.046 * w, 0.08, 0.05], 0.03, [0, 1, 0], [0.5, 0, 1]);
  ell('upper-chest', A(0, 1.39, -0.015), [0.15 * w, 0.07, 0.085], 0.05);
  ell('waist', A(0, 1.12, -0.002), [0.118 * (female ? 0.9 : 1), 0.13, 0.085], 0.06);
  ell('belly', A(0, 1.04, 0.012), [0.118, 0.1, 0.077], 0.05);
  ell('pelvis', A(0, 0.95, -0.012), [0.14 * (female ? 1.07 : 1), 0.1, 0.098], 0.05);
  ell('lower-abdomen', A(0, 0.93, 0.02), [0.1, 0.07, 0.055], 0.04);
  // Shoulders and chest muscles.
  ell('pectoral', A(0.082 * w, 1.335, 0.058), [0.08, 0.055, 0.04], 0.03, [0.25, 1, 0], [0.3, 0, 1]);
  cap('trapezius', A(0.02, 1.5, -0.03), A(0.15 * w, 1.46, -0.025), 0.04, 0.028, 0.04);
  ell('latissimus', A(0.108 * w, 1.26, -0.045), [0.05, 0.13, 0.055], 0.04);
  ell('erector', A(0.028, 1.15, -0.06), [0.024, 0.15, 0.028], 0.025);
  ell('oblique', A(0.11 * w, 1.04, 0.0), [0.035, 0.07, 0.06], 0.04);
  // Bony features just under the skin, narrow blends so they stay visible.
  cap('clavicle', sk.p.clavMedial!, sk.p.clavLateral!, 0.0085, 0.0075, 0.016, true);
  bone('scapula', A(0.1 * w, 1.37, -0.08), [0.05, 0.072, 0.01], 0.035, [0.15, 1, 0], [0.3, 0, 1]);
  cap('scapula-spine', sk.p.scapRoot!, sk.p.acromion!, 0.007, 0.01, 0.015, true);
  // Costal margin: one tapering ridge (two joined capsules would bulge at the joint through the wide
  // blend) that thins and sinks as it runs down to the 10th rib, so it ends without a knob.
  cap('costal-margin', at(sk.p.xiphoid!, 0.01, 0, -0.008), A(0.114 * w, 1.15, 0.008), 0.0115, 0.004, 0.03, true);
  cap('sternum', sk.p.notch!, at(sk.p.xiphoid!, 0, 0, -0.004), 0.012, 0.01, 0.02, true);
  bone('iliac-crest', at(sk.p.iliacCrest!, -0.012, -0.008, 0.0), [0.016, 0.012, 0.045], 0.03, [0, 1, 0], [0.5, 0, 1]);
  bone('asis', sk.p.asis!, [0.012, 0.012, 0.012], 0.02);
  ell('gluteus-medius', A(0.112 * w, 0.965, -0.045), [0.04, 0.05, 0.05], 0.04);
  ell('buttock', A(0.068, 0.875, -0.075), [0.072, 0.08, 0.066], 0.025);
  if (female) ell('breast', A(0.09, 1.28, 0.08), [0.058, 0.055, 0.048], 0.035);
  // Spinous processes: small bumps along the posterior midline.
  for (const [v, p] of Object.entries(sk.spine)) {
    const big = v === 'c7' || v === 't1';
    bone(`spinous-${v}`, p, [0.0055, big ? 0.008 : 0.006, 0.007], 0.01);
  }
  genitals(kit, A);
  neck(kit, A);
  carves(kit, A);
}

function genitals(kit: Kit, A: (x: number, y: number, z: number) => Vec3): void {
  kit.ell('mons', A(0, 0.865, 0.065), [0.04, 0.035, 0.03], 0.03);
  if (kit.params.sex === 'male') kit.ell('genitals', A(0, 0.825, 0.072), [0.03, 0.045, 0.03], 0.02);
}

function neck(kit: Kit, A: (x: number, y: number, z: number) => Vec3): void {
  const { ell, cap } = kit;
  cap('neck', A(0, 1.44, -0.008), A(0, 1.585, -0.018), 0.056, 0.05, 0.035);
  cap('scm', A(0.052, 1.6, -0.03), A(0.016, 1.448, 0.04), 0.011, 0.011, 0.014);
  if (kit.params.sex === 'male') ell('larynx', A(0, 1.505, 0.043), [0.01, 0.014, 0.01], 0.012);
}

function carves(kit: Kit, A: (x: number, y: number, z: number) => Vec3): void {
  const { sk, s } = kit;
  kit.details.push((f) => {
    // Navel: a small pit where a ray from inside the belly meets the skin.
    const navel = skinExit(f, at0(sk.p.umbilicus!, -0.05 * s), [0, 0, 1]);
    if (navel)
      kit.out.push(
        ellipsoid(
          'navel',
          madd(navel, [0, 0, 1], 0.003 * s),
          [0.007 * s, 0.008 * s, 0.01 * s],
          0.005 * s,
          undefined,
          true,
        ),
      );
    const nip = skinExit(f, at0(sk.p.nipple!, -0.06 * s), [0, 0, 1]);
    if (nip) kit.bone('nipple', nip, [0.005, 0.005, 0.004], 0.004);
    // Posterior median furrow between the erectors, T1 to the sacrum: a shallow groove on the skin.
    kit.crease(f, 'spinal-furrow', A(0, 1.44, 0), A(0, 1.0, 0), [0, 0, -1], 0.008, 0.0025, 0.01);
    // Gluteal fold: the crease under each buttock.
    kit.crease(f, 'gluteal-fold', A(0.03, 0.806, -0.05), A(0.12, 0.812, -0.04), [0, 0, -1], 0.004, 0.0025, 0.008);
  });
  // Supraclavicular fossa: the hollow behind the middle of the clavicle, in front of the trapezius. Carved
  // (bony units) so a broad build's soft tissue does not fill it level with the clavicle.
  const cm = sk.p.clavMedial!,
    cl = sk.p.clavLateral!;
  kit.carveEll(
    'supraclavicular-fossa',
    [(cm[0] + cl[0]) / 2, (cm[1] + cl[1]) / 2 + 0.014 * s, (cm[2] + cl[2]) / 2 - 0.02 * s],
    [0.016, 0.009, 0.008],
    0.008,
    [0, 1, 0.5],
    [0, 0, 1],
  );
  // Infraclavicular fossa: a bony-unit pad under the lateral clavicle sets its floor, so a slim build's
  // thinner pectoral and deltoid do not leave a deep pit there while a broad one is level (same depth
  // within a few mm over the build range).
  kit.bone('infraclavicular-pad', [cl[0] - 0.045 * s, 1.43 * s, -0.006 * s], [0.022, 0.016, 0.02], 0.015);
  kit.carveCap('gluteal-cleft', A(0, 0.905, -0.13), A(0, 0.81, -0.1), 0.006, 0.01);
}

const at0 = (p: Vec3, dz: number): Vec3 => [p[0], p[1], p[2] + dz];
