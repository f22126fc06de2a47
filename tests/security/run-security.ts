// `npm run test:security`: the Electronegativity scan (MEDIUM/HIGH findings not in reviewed-findings.json fail) and the no-remote-URL check of the built app.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import runElectronegativity from '@doyensec/electronegativity';
import { findRemoteUrls } from './remote-urls';

const root = process.cwd();
const reviewed = (
  JSON.parse(readFileSync(path.join(root, 'tests/security/reviewed-findings.json'), 'utf8')) as {
    reviewed: Array<{ check: string; file: string }>;
  }
).reviewed;
let failed = false;

if (!existsSync(path.join(root, 'out/renderer/index.html')))
  throw new Error('Run `npm run build` first: the scan covers the built renderer.');

// 1. Electronegativity over the Electron sources plus the built index.html (where the CSP meta lives).
const stage = await mkdtemp(path.join(os.tmpdir(), 'acupoint-scan-'));
await cp(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true });
await cp(path.join(root, 'out/renderer/index.html'), path.join(stage, 'index.html'));
// The programmatic API, not the CLI: the CLI exits 0 whatever it finds and writes its CSV with two racing
// writes (header and rows), which can corrupt the file.
const result = await runElectronegativity({
  input: stage,
  isRelative: true,
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  electronVersionOverride: '45.0.0',
});
const findings = result.issues.map((i) => ({
  check: i.id,
  severity: i.severity.name,
  file: i.file,
  location: `${i.location.line}:${i.location.column}`,
}));
if (result.atomicChecks + result.globalChecks < 20)
  throw new Error('Electronegativity loaded too few checks: the scan did not really run.');
const serious = findings.filter((f) => f.severity === 'MEDIUM' || f.severity === 'HIGH');
const unreviewed = serious.filter((f) => !reviewed.some((r) => r.check === f.check && r.file === f.file));
console.log(
  `electronegativity: ${findings.length} finding(s), ${serious.length} medium/high, ${serious.length - unreviewed.length} reviewed as safe`,
);
for (const f of unreviewed) console.log(`  FAIL ${f.severity} ${f.check} ${f.file}:${f.location}`);
if (unreviewed.length > 0) failed = true;
if (!process.env.KEEP_SCAN) await rm(stage, { recursive: true, force: true });
else console.log(stage);

// 2. No remote URL in anything the app ships.
const remote = await findRemoteUrls(path.join(root, 'out'));
console.log(`remote urls in out/: ${remote.length}`);
for (const r of remote.slice(0, 20)) console.log(`  FAIL ${r.file}: ${r.url}`);
if (remote.length > 0) failed = true;

console.log(failed ? 'security checks: FAILED' : 'security checks: passed');
process.exit(failed ? 1 : 0);
