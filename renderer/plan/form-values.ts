// A plan's optional number as field text (not set → empty).
export const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n));
