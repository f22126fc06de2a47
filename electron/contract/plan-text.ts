// The plan's text fields, checked strictly (issue 15): well-formed Unicode only (no lone surrogates), no
// control characters, and in one-line fields (names, identifiers) no line breaks and no bidirectional
// override characters — "Ann ‮gpj.exe‬ Smith" must not print reversed on a record. Multi-line fields
// (notes, reasons, advice) keep tabs and line breaks.
import { z } from 'zod';

// Matching control characters is the point of these two patterns.
// eslint-disable-next-line no-control-regex
const CONTROL_MULTI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_LINE = /[\u0000-\u001F\u007F\u2028\u2029]/;
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

// A high surrogate not followed by a low one, or a low one not preceded by a high one (String#isWellFormed
// is ES2024, newer than the project's lib setting).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/** One-line text: a name, an identifier, a code. */
export const lineText = (max: number) =>
  z
    .string()
    .max(max)
    .refine(wellFormed, 'contains invalid Unicode (a broken character)')
    .refine((s) => !CONTROL_LINE.test(s), 'contains a line break or control character')
    .refine((s) => !BIDI_OVERRIDE.test(s), 'contains a text-direction override character');

/** Multi-line text: notes, reasons, advice. */
export const multiLineText = (max: number) =>
  z
    .string()
    .max(max)
    .refine(wellFormed, 'contains invalid Unicode (a broken character)')
    .refine((s) => !CONTROL_MULTI.test(s), 'contains a control character');

/** A calendar date that exists: 2026-02-31 is refused. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a real calendar date');
