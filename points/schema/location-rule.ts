// The machine-readable location rule language. A point record carries one rule; the locator in
// models/ evaluates it on a body into a skin position. Rules are written for the body's LEFT side
// (bilateral points) or the midline; the locator mirrors them for the right side.
//
// A reference (Ref) is a string:
//   - a landmark id from points/anatomy/landmarks.ts, e.g. "popliteal-crease-mid";
//     suffix "@right" names the opposite side's copy (used by transverse scales);
//   - a point code, e.g. "ST35" or "EX-LE5" (the other point's evaluated position, same side).
// An expression (LocExpr) is a Ref or one of:
//   { along: [A, B], fraction }       the point a fraction of the way from A to B
//   { along: [A, B], cun, of }        `cun` B-cun from A towards B, where A–B counts `of` B-cun
//   { mid: [A, B] }                   the midpoint of A and B
//   { from: A, move: [Move, …] }      offsets in B-cun along body directions, applied in order
// A Move is { dir, cun, scale? }: `scale` names a CunScale (points/anatomy/cun-scales.ts) giving
// the length of one B-cun there; it defaults to the rule's `scale`. "proximal"/"distal" follow the
// scale's own axis (its from → to is distal); the other directions are body directions in the
// anatomical position. "medial"/"lateral" are relative to the midline of the body.
import { z } from 'zod';
import { isPointCode, POINT_CODE_SOURCE } from './common';

export const DIRECTIONS = [
  'superior',
  'inferior',
  'anterior',
  'posterior',
  'medial',
  'lateral',
  'proximal',
  'distal',
] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** Landmark id (kebab-case, optional @right) or point code (e.g. ST36, EX-HN3). */
export const Ref = z
  .string()
  .regex(
    new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:@right)?|${POINT_CODE_SOURCE})$`),
    'not a landmark id or point code',
  );
export type Ref = z.infer<typeof Ref>;

export const Move = z.strictObject({
  dir: Direction,
  cun: z.number().positive().max(20),
  scale: z.string().optional(),
});
export type Move = z.infer<typeof Move>;

export type LocExpr =
  | string
  | { along: [LocExpr, LocExpr]; fraction: number }
  | { along: [LocExpr, LocExpr]; cun: number; of: number }
  | { mid: [LocExpr, LocExpr] }
  | { from: LocExpr; move: Move[] };

export const LocExpr: z.ZodType<LocExpr> = z.lazy(() =>
  z.union([
    Ref,
    z.strictObject({ along: z.tuple([LocExpr, LocExpr]), fraction: z.number().min(0).max(1) }),
    z
      .strictObject({
        along: z.tuple([LocExpr, LocExpr]),
        cun: z.number().positive(),
        of: z.number().positive(),
      })
      .refine((e) => e.cun <= e.of, 'cun must not exceed the length of the line'),
    z.strictObject({ mid: z.tuple([LocExpr, LocExpr]) }),
    z.strictObject({ from: LocExpr, move: z.array(Move).min(1) }),
  ]),
);

export const LocationRule = z.strictObject({
  expr: LocExpr,
  /** default CunScale for moves that do not name one */
  scale: z.string().optional(),
  /** which way the skin faces where the point lies; the locator projects onto the skin from that side */
  face: Direction.optional(),
  /** true when the rule is a simplification of the standard wording (the UI says so) */
  approximate: z.boolean().optional(),
  /** why it is approximate, or what the rule leaves out */
  note: z.string().optional(),
});
export type LocationRule = z.infer<typeof LocationRule>;

/** Every Ref (landmark or point code) that an expression mentions, for cross-reference checks. */
export function refsOf(expr: LocExpr): string[] {
  if (typeof expr === 'string') return [expr];
  if ('along' in expr) return [...refsOf(expr.along[0]), ...refsOf(expr.along[1])];
  if ('mid' in expr) return [...refsOf(expr.mid[0]), ...refsOf(expr.mid[1])];
  return refsOf(expr.from);
}

/** Every scale id an expression or rule mentions. */
export function scalesOf(rule: LocationRule): string[] {
  const out: string[] = rule.scale ? [rule.scale] : [];
  const walk = (e: LocExpr): void => {
    if (typeof e === 'string') return;
    if ('along' in e) {
      walk(e.along[0]);
      walk(e.along[1]);
      return;
    }
    if ('mid' in e) {
      walk(e.mid[0]);
      walk(e.mid[1]);
      return;
    }
    walk(e.from);
    for (const m of e.move) if (m.scale) out.push(m.scale);
  };
  walk(rule.expr);
  return out;
}

export { isPointCode };
