// Shared helpers for the plan storage tests: the documented fixture plan and a temp plans folder.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Plan } from '../../../electron/contract/plan';

export const FIXTURE_FILE = path.resolve(import.meta.dirname, '../../fixtures/plan-sciatica.acuplan');
export const fixturePlan = (): Plan => Plan.parse(JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')));

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-plans-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

let counter = 0;
export const sequentialIds = (): string => `plan-${String(++counter).padStart(8, '0')}`;
