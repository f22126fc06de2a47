import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './plan-test-kit';

const CLI = path.resolve(import.meta.dirname, '../../../electron/cli/plan-check.ts');
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
// A bounded run: a hang (e.g. reading a FIFO) fails the test instead of stalling the suite.
const run = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, file], { encoding: 'utf8', timeout: 30_000 });

interface CheckOutput {
  refer: boolean;
  findings: {
    id: string;
    severity: string;
    refer: boolean;
    points: string[];
    message: string;
    sources: { id: string; title: string }[];
  }[];
}

describe('npm run plan:check', () => {
  it('prints the findings of a valid plan as JSON and exits 0', () => {
    const r = run(path.join(FIXTURES, 'plan-sciatica.acuplan'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as CheckOutput;
    expect(out.refer).toBe(false);
    const sp6 = out.findings.find((f) => f.id === 'pregnancy-forbidden-points@SP6');
    expect(sp6).toMatchObject({ severity: 'contraindicated', points: ['SP6'], refer: false });
    expect(sp6?.sources.every((s) => s.title.length > 0 && !/seed/i.test(s.title))).toBe(true);
    for (const f of out.findings) expect(['contraindicated', 'caution', 'note']).toContain(f.severity);
  });

  it('a migrated older file with a red flag answered yes refers', () => {
    const r = run(path.join(FIXTURES, 'plan-legacy-v1.acuplan'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as CheckOutput;
    expect(out.refer).toBe(true);
    expect(out.findings[0]).toMatchObject({
      id: 'red-flag@severe-pain-after-trauma',
      refer: true,
      severity: 'contraindicated',
    });
  });

  it('refuses unknown red-flag keys, a missing file, a directory and a FIFO with exit 2 and one line', async () => {
    const { dir, cleanup } = await tempDir();
    const fifo = path.join(dir, 'pipe.acuplan');
    execFileSync('mkfifo', [fifo]);
    const bad = path.join(dir, 'bad.acuplan');
    await writeFile(bad, '{"schemaVersion": 2, "id": "x"');
    for (const [file, pattern] of [
      [path.join(FIXTURES, 'plan-unknown-red-flag.acuplan'), /"chest-pain"/],
      [path.join(dir, 'missing.acuplan'), /Cannot read/],
      [dir, /not a regular file/],
      [fifo, /not a regular file/],
      [bad, /not valid JSON/],
    ] as const) {
      const r = run(file);
      expect(r.status, `${file}: ${r.stderr}`).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
    await cleanup();
  });
});
