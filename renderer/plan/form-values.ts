// Turning form field strings into the plan's optional numbers (empty → not set).
export function optionalNumber(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n));
