// Issue 16: two documents from one plan. The clinical record carries the patient and date on every page,
// the flags and every red-flag answer, and marks contraindicated and cautioned rows; the patient handout is
// plain language with nothing clinician-only. Long text never leaves the page. Checked with poppler.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Plan } from '../../electron/contract/plan';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { exportPlanPdf } from '../../electron/browser-host/pdf-export';

const fixture = Plan.parse(
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan'), 'utf8')),
);
const HOME_CARE = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'points/data/home-care.json'), 'utf8')) as {
    homeCare: { id: string; title: string; summary: string; steps?: string[] }[];
  }
).homeCare;
const RED_FLAGS = (
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'points/data/red-flags.json'), 'utf8')) as {
    redFlags: { id: string; label: string; patient?: string; urgency: string }[];
  }
).redFlags;
/** A plan line as "Add its points" stores a knowledge-base home-care item. */
const kbLine = (id: string): string => {
  const h = HOME_CARE.find((x) => x.id === id)!;
  return `${h.title}: ${h.summary}`;
};

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', pdf))?.[1]);
const pageText = (pdf: string, page: number): string =>
  poppler('pdftotext', '-f', String(page), '-l', String(page), pdf, '-').replace(/\s+/g, ' ');
const allText = (pdf: string): string => poppler('pdftotext', pdf, '-').replace(/\s+/g, ' ');
/** The body text with every space and line break removed and the page footers left out: a word wrapped
 *  across lines and pages reads whole again. */
const joinedBody = (pdf: string): string =>
  poppler('pdftotext', pdf, '-')
    .split('\n')
    .filter((line) => !/^(?:Session plan|Home care) — /.test(line) && !/^page \d+ of \d+$/.test(line.trim()))
    .join('')
    .replace(/\s+/g, '');

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'acupoint-documents-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example plan with LI4 added (forbidden in pregnancy, needled), every kind of red-flag answer and
 *  knowledge-base home care — one of which (the bridge) is unsafe at week 20. */
const pregnantPlan = (): Plan => {
  const answers: Plan['redFlags'] = { ...fixture.redFlags, 'night-pain': 'unknown', 'saddle-numbness': 'yes' };
  delete answers['new-onset-over-50'];
  return {
    ...fixture,
    patient: { ...fixture.patient, name: 'Mira Testcase' },
    points: [
      ...fixture.points,
      { uid: 'li4-left', code: 'LI4', side: 'left', technique: { needling: { depthCun: 0.5 } }, note: '' },
    ],
    redFlags: answers,
    nextAppointment: '2026-12-09T14:30',
    homeCare: [kbLine('piriformis-stretch'), kbLine('bridge'), 'Walk for twenty minutes a day.'],
  };
};

test('the clinical record: patient and date on every page, flags, every red-flag answer, marked rows, title, tags and outline', async () => {
  const plan = pregnantPlan();
  const out = path.join(dir, 'record.pdf');
  await exportPlanPdf(plan, out, 'A4');
  const info = poppler('pdfinfo', out);
  expect(info).toContain(`Title:           Session plan — Mira Testcase — ${plan.date}`);
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(readFileSync(out).includes('/Outlines')).toBe(true);
  const pages = pageCount(out);
  expect(pages).toBeGreaterThanOrEqual(3);
  for (let p = 1; p <= pages; p++) {
    const text = pageText(out, p);
    expect(text, `page ${p}`).toContain(`Session plan — Mira Testcase — ${plan.date}`);
    expect(text, `page ${p}`).toContain(`page ${p} of ${pages}`);
  }
  const text = allText(out);
  expect(text).toContain('Relevant conditions: Pregnant (week 20)');
  // every question this plan asks, with its answer in words — including the one never asked
  expect(text).toMatch(/Saddle numbness Yes/);
  expect(text).toMatch(/Night pain not eased by rest Unknown/);
  expect(text).toMatch(/First episode after age 50 Not asked/);
  expect(text).toMatch(/Loss of bladder or bowel control No/);
  expect(text).not.toContain('Refer before treating: Refer before treating');
  expect(text).toContain('No referral decision recorded');
  // the rows of the points forbidden in pregnancy are marked with the reason, the acknowledgement kept
  expect(text).toMatch(/LI4 Hégǔ .*?Contraindicated: Pregnancy/);
  expect(text).toMatch(/SP6 Sānyīnjiāo .*?Contraindicated: Pregnancy.*?Acknowledged: Point will not be needled/);
  expect(text).toMatch(/BL40 Wěizhōng .*?Caution: Over a large vessel/);
  expect(text).toContain('Next appointment: 2026-12-09 14:30');
});

test('the patient handout: clinic contact, appointment, chosen home care with steps, when to stop, urgent help — nothing clinician-only', async () => {
  const plan = pregnantPlan();
  const out = path.join(dir, 'handout.pdf');
  await exportPlanPdf(
    plan,
    out,
    'A4',
    { document: 'handout', homeCare: [0, 2] },
    {
      clinicHeader: {
        clinic: 'Riverside Acupuncture',
        contact: '12 Mill Lane, Exampleton',
        phone: '01234 567890',
        clinician: '',
      },
    },
  );
  const info = poppler('pdfinfo', out);
  expect(info).toContain(`Title:           Home care — Mira Testcase — ${plan.date}`);
  expect(info).toMatch(/Tagged:\s+yes/);
  const text = allText(out);
  for (let p = 1; p <= pageCount(out); p++) expect(pageText(out, p)).toContain('Home care — Mira Testcase');
  expect(text).toContain('Riverside Acupuncture');
  expect(text).toContain('12 Mill Lane, Exampleton');
  expect(text).toContain('Phone: 01234 567890');
  expect(text).toMatch(
    /Next appointment: Wednesday,? 9 December 2026 at 14:30|Next appointment: Wednesday, December 9, 2026 at (02:30 PM|2:30 PM)/,
  );
  expect(text).toContain('Your course: 8 sessions, 2 a week.');
  // the chosen items only: the piriformis stretch with its steps and hold time, and the typed line
  const stretch = HOME_CARE.find((h) => h.id === 'piriformis-stretch')!;
  expect(text).toContain(stretch.title);
  for (const step of stretch.steps ?? []) expect(text).toContain(step.replace(/\s+/g, ' '));
  expect(text).toContain('Hold for 20 seconds.');
  expect(text).toContain('Walk for twenty minutes a day.');
  expect(text).not.toContain(HOME_CARE.find((h) => h.id === 'bridge')!.title);
  expect(text).toContain('Stop an exercise straight away');
  for (const f of RED_FLAGS.filter((r) => r.patient && r.urgency !== 'soon')) expect(text).toContain(f.patient!);
  // nothing clinician-only: no point codes, needling, depths, severities, acknowledgements or red-flag labels
  expect(text).not.toMatch(/\b(?:GB30|GB34|BL40|SP6|LI4)\b/);
  for (const word of [
    'Contraindicated',
    'Caution',
    'cun',
    'Needle',
    'needling',
    'Acknowledged',
    'Refer before',
    'Saddle numbness',
    'Pregnan',
  ]) {
    expect(text, word).not.toContain(word);
  }
});

test('long words and URLs in every free-text field wrap onto the page: every character is in the text', async () => {
  const word = (n: number, seed: string): string => Array.from({ length: n }, (_, i) => seed[i % seed.length]).join('');
  const url = `https://example.org/${word(180, 'pathsegment')}`;
  const long = word(3000, 'Zyxwvutsrq');
  const plan: Plan = {
    ...fixture,
    patient: { ...fixture.patient, name: word(200, 'Nameword') },
    clinician: url.slice(0, 200),
    condition: { text: word(500, 'Conditionword') },
    points: fixture.points.map((p, i) => ({ ...p, note: i === 0 ? `${long} ${url}` : p.note })),
    homeCare: [word(2000, 'Homecareword'), url], // a home-care line holds at most 2,000 characters
    notes: `${long}\n${url}`,
    acknowledgements: fixture.acknowledgements.map((a) => ({ ...a, reason: `${word(1000, 'Reasonword')} ${url}` })),
  };
  const out = path.join(dir, 'long.pdf');
  await exportPlanPdf(plan, out, 'A4');
  const joined = joinedBody(out);
  const fields = [
    ['name', plan.patient.name],
    ['clinician', plan.clinician],
    ['condition', plan.condition.text],
    ['word', long],
    ['url', url],
    ['home care', plan.homeCare[0]!],
    ['reason', plan.acknowledgements[0]!.reason.replace(/\s+/g, '')],
  ] as const;
  for (const [field, text] of fields) {
    expect(joined.includes(text), `${field}: all ${text.length} characters printed`).toBe(true);
  }
  const handout = path.join(dir, 'long-handout.pdf');
  await exportPlanPdf(plan, handout, 'A4', { document: 'handout' });
  const handoutText = joinedBody(handout);
  expect(handoutText.includes(plan.homeCare[0]!), 'the handout wraps the long word too').toBe(true);
  expect(handoutText.includes(url)).toBe(true);
});
