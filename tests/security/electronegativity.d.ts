// The part of @doyensec/electronegativity's programmatic API that run-security.ts uses (it ships no types).
declare module '@doyensec/electronegativity' {
  interface Issue {
    id: string;
    file: string;
    severity: { name: string };
    confidence: { name: string };
    location: { line: number; column: number };
  }
  interface Options {
    input: string;
    isRelative?: boolean;
    excludeFromScan?: string[];
    electronVersionOverride?: string;
  }
  export default function run(
    options: Options,
  ): Promise<{ issues: Issue[]; globalChecks: number; atomicChecks: number }>;
}
