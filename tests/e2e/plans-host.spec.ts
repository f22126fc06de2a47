import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/browser-host/browser-host';
import { expect, test } from './fixtures';

const fixture = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/plan-sciatica.acuplan'), 'utf8')) as {
  id: string;
};
type Bridge = { acupointHost: { invoke(c: string, r: unknown): Promise<{ ok: boolean; value?: unknown }> } };

test('plans go through the real binding to real files and survive a reload', async ({ host, dataDir }) => {
  const { page } = host;
  await page.goto(`${host.origin}/index.html`);
  const saved = await page.evaluate(
    (plan) => (window as unknown as Bridge).acupointHost.invoke('plans:save', { plan }),
    fixture,
  );
  expect(saved).toMatchObject({ ok: true, value: { id: fixture.id } });
  // one plan file (the folder may also hold the store's summary index, .index.json)
  expect((await readdir(path.join(dataDir, 'plans'))).filter((n) => n.endsWith('.acuplan'))).toEqual([
    `${fixture.id}.acuplan`,
  ]);
  await page.reload();
  const listed = await page.evaluate(() => (window as unknown as Bridge).acupointHost.invoke('plans:list', {}));
  expect(listed).toMatchObject({
    ok: true,
    value: { plans: [{ id: fixture.id, patient: 'Example Patient (fictional)' }], problems: [] },
  });
});
