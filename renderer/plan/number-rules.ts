// Checking a number as the clinician types it: the rule of each plan number field (range, whole or not,
// required or not) and the problem in plain words. The ranges are the plan format's own (contract/plan.ts).
export interface NumberRule {
  /** what the field is, in the clinician's words: "Session length" */
  what: string;
  min: number;
  max: number;
  integer?: boolean;
  /** "minutes", "cun", "weeks" — shown in the problem text */
  unit?: string;
  /** an empty field means "not set"; when false, empty is refused like any invalid value */
  optional?: boolean;
}

export type NumberCheck = { ok: true; value: number | undefined } | { ok: false; problem: string };

const fmt = (n: number): string => String(n);

export function checkNumber(text: string, rule: NumberRule): NumberCheck {
  const t = text.trim().replace(',', '.');
  const range = `${rule.integer ? 'a whole number' : 'a number'} from ${fmt(rule.min)} to ${fmt(rule.max)}${rule.unit ? ` ${rule.unit}` : ''}`;
  if (t === '')
    return rule.optional === false
      ? { ok: false, problem: `${rule.what} is needed: enter ${range}.` }
      : { ok: true, value: undefined };
  const n = Number(t);
  if (!Number.isFinite(n) || !/^-?\d*\.?\d*$/.test(t))
    return { ok: false, problem: `${rule.what} must be ${range}; "${text.trim()}" is not a number.` };
  if (rule.integer && !Number.isInteger(n)) return { ok: false, problem: `${rule.what} must be ${range}.` };
  if (n < rule.min) return { ok: false, problem: `${rule.what} must be ${range}; ${fmt(n)} is too small.` };
  if (n > rule.max) return { ok: false, problem: `${rule.what} must be ${range}; ${fmt(n)} is too large.` };
  return { ok: true, value: n };
}
