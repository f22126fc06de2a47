// The locator: evaluates location rules (points/schema/location-rule.ts) on a BodySurface into skin
// positions and normals, per side, resolving point references recursively and measuring B-cun on the
// body. Rules are written for the left side; the right side swaps landmark copies and the lateral sign.
import { CUN_SCALES, type CunScale } from '../../points/anatomy/cun-scales';
import { landmarkDef } from '../../points/anatomy/landmarks';
import { type Direction, type LocExpr, type LocationRule, isPointCode } from '../../points/schema/location-rule';
import { type Vec3, add, dist, lerp, madd, norm, sub } from '../body/vec';
import { type BodySurface } from './surface';

export type Side = 'left' | 'right' | 'midline';
export type PlacementStatus = 'exact' | 'approximate' | 'unplaced';

export interface PointRule {
  readonly code: string;
  readonly side: 'bilateral' | 'midline';
  readonly rule: LocationRule;
}

export interface Placement {
  readonly code: string;
  readonly side: Side;
  readonly status: PlacementStatus;
  readonly position?: Vec3;
  readonly normal?: Vec3;
  /** why a point is unplaced or approximate */
  readonly reason?: string;
}

class Unplaced extends Error {}

interface Value {
  p: Vec3;
  approx: boolean;
  why?: string;
}

export class Locator {
  private readonly rules: Map<string, PointRule>;
  private readonly scales: Map<string, CunScale>;
  private readonly memo = new Map<string, Placement>();
  private readonly active = new Set<string>();

  constructor(
    private readonly surface: BodySurface,
    rules: Iterable<PointRule>,
    scales: readonly CunScale[] = CUN_SCALES,
  ) {
    this.rules = new Map([...rules].map((r) => [r.code, r]));
    this.scales = new Map(scales.map((s) => [s.id, s]));
  }

  /** Every point on every side it exists on (bilateral: left then right). */
  placeAll(): Placement[] {
    const out: Placement[] = [];
    for (const r of this.rules.values()) {
      if (r.side === 'midline') out.push(this.place(r.code, 'midline'));
      else out.push(this.place(r.code, 'left'), this.place(r.code, 'right'));
    }
    return out;
  }

  place(code: string, side: Side): Placement {
    const key = `${code}/${side}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    const rec = this.rules.get(code);
    let result: Placement;
    if (!rec) result = { code, side, status: 'unplaced', reason: `no rule for point ${code}` };
    else if (this.active.has(key))
      result = { code, side, status: 'unplaced', reason: `circular reference through ${code}` };
    else {
      this.active.add(key);
      try {
        result = this.evaluate(rec, side);
      } catch (e) {
        result = { code, side, status: 'unplaced', reason: e instanceof Unplaced ? e.message : String(e) };
      } finally {
        this.active.delete(key);
      }
    }
    this.memo.set(key, result);
    return result;
  }

  private evaluate(rec: PointRule, side: Side): Placement {
    const v = this.expr(rec.rule.expr, side, rec.rule.scale);
    const face = rec.rule.face ? this.direction(rec.rule.face, side, undefined) : undefined;
    const hit = this.surface.project(v.p, face);
    if (!hit) throw new Unplaced('projection onto the skin failed');
    const approx = v.approx || rec.rule.approximate === true;
    const reason = rec.rule.approximate ? (rec.rule.note ?? 'rule marked approximate') : v.why;
    return {
      code: rec.code,
      side,
      status: approx ? 'approximate' : 'exact',
      position: hit.position,
      normal: hit.normal,
      ...(approx && reason ? { reason } : {}),
    };
  }

  private expr(e: LocExpr, side: Side, scale: string | undefined): Value {
    if (typeof e === 'string') return this.ref(e, side);
    if ('mid' in e) return this.combine(this.expr(e.mid[0], side, scale), this.expr(e.mid[1], side, scale), 0.5);
    if ('along' in e) {
      const t = 'fraction' in e ? e.fraction : e.cun / e.of;
      return this.combine(this.expr(e.along[0], side, scale), this.expr(e.along[1], side, scale), t);
    }
    const base = this.expr(e.from, side, scale);
    let p = base.p;
    for (const m of e.move) {
      const sid = m.scale ?? scale;
      if (!sid) throw new Unplaced('a move names no cun scale and the rule has no default scale');
      p = madd(p, this.direction(m.dir, side, sid), m.cun * this.cunLength(sid, side));
    }
    return { ...base, p };
  }

  private combine(a: Value, b: Value, t: number): Value {
    return { p: lerp(a.p, b.p, t), approx: a.approx || b.approx, why: a.why ?? b.why };
  }

  /** A landmark id (optionally @right) or a point code, resolved for the side being evaluated. */
  private ref(ref: string, side: Side): Value {
    if (isPointCode(ref)) {
      const rec = this.rules.get(ref);
      const refSide: Side = rec?.side === 'midline' ? 'midline' : side === 'midline' ? 'left' : side;
      const pl = this.place(ref, refSide);
      if (pl.status === 'unplaced' || !pl.position)
        throw new Unplaced(`depends on ${ref}, which is unplaced (${pl.reason})`);
      return {
        p: pl.position,
        approx: pl.status === 'approximate',
        ...(pl.status === 'approximate' ? { why: `depends on approximate ${ref}` } : {}),
      };
    }
    const id = this.landmarkKey(ref, side);
    const p = this.surface.landmarks.get(id);
    if (!p) throw new Unplaced(`landmark ${id} is not on this body`);
    return { p, approx: false };
  }

  private landmarkKey(ref: string, side: Side): string {
    const opposite = ref.endsWith('@right');
    const id = opposite ? ref.slice(0, -'@right'.length) : ref;
    const def = landmarkDef(id);
    if (!def) throw new Unplaced(`unknown landmark ${id}`);
    if (!def.bilateral) return id;
    // "@right" names the other side's copy: for a right-side evaluation that is the left one.
    const wantRight = side === 'right' ? !opposite : opposite;
    return wantRight ? `${id}@right` : id;
  }

  private cunLength(scaleId: string, side: Side): number {
    const sc = this.scales.get(scaleId);
    if (!sc) throw new Unplaced(`unknown cun scale ${scaleId}`);
    return dist(this.ref(sc.from, side).p, this.ref(sc.to, side).p) / sc.cun;
  }

  private direction(d: Direction, side: Side, scaleId: string | undefined): Vec3 {
    const lat = side === 'right' ? -1 : 1;
    switch (d) {
      case 'superior':
        return [0, 1, 0];
      case 'inferior':
        return [0, -1, 0];
      case 'anterior':
        return [0, 0, 1];
      case 'posterior':
        return [0, 0, -1];
      case 'lateral':
        return [lat, 0, 0];
      case 'medial':
        return [-lat, 0, 0];
      default: {
        // proximal/distal follow the scale's own axis: from → to is distal.
        const sc = scaleId ? this.scales.get(scaleId) : undefined;
        if (!sc) throw new Unplaced(`"${d}" needs a cun scale to give it an axis`);
        if (sc.axis !== 'longitudinal') throw new Unplaced(`"${d}" on transverse scale ${sc.id}`);
        const axis = norm(sub(this.ref(sc.to, side).p, this.ref(sc.from, side).p));
        return d === 'distal' ? axis : add([0, 0, 0], [-axis[0], -axis[1], -axis[2]]);
      }
    }
  }
}
