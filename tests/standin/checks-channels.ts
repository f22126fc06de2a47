// Stand-in start-up checks (tests/standin/startup.ts), scenario A's host channels: the gate refuses bad
// requests and foreign senders, the plan and settings channels reach the real stores in the temp data
// folder, PDF export goes through the warm print window, and Open Recent follows the plan changes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { CHANNEL_NAMES } from '../../electron/contract/channels';
import { APP_ORIGIN, APP_SCHEME } from '../../electron/common/url-policy';
import type { StandInWindow } from './electron-standin';
import {
  LEGACY_ID,
  latestMenu,
  ok,
  recentOf,
  refused,
  SECOND_ID,
  SEEDED_ID,
  type Harness,
  type Scenario,
  type Started,
  type Target,
} from './harness';

export async function checkChannels(
  h: Harness,
  t: Target,
  s: Scenario,
  { main, host }: Started,
  print: StandInWindow,
): Promise<void> {
  const { check, waitFor, dir } = h;
  const { rendererDir } = t;
  const { standIn, userData, plansDir, inbox } = s;
  await check(
    'every registered channel goes through the gate: a malformed request is refused as bad-request',
    async () => {
      for (const channel of CHANNEL_NAMES) refused(await host.invoke(channel, { unexpected: true }), 'bad-request');
    },
  );

  const planFile = path.join(plansDir, `${SEEDED_ID}.acuplan`);
  let duplicateId = '';
  await check(
    'plans channels reach the real plan store in the temp userData: list, open, save (file written, .bak kept), duplicate, delete → trash, restore',
    async () => {
      const list = ok<{ plans: Array<{ id: string }> }>(await host.invoke('plans:list', {}));
      assert.deepEqual(list.plans.map((p) => p.id).sort(), [LEGACY_ID, SECOND_ID, SEEDED_ID].sort());
      const plan = ok<{ id: string; clinician: string }>(await host.invoke('plans:open', { id: SEEDED_ID }));
      assert.equal(plan.id, SEEDED_ID);
      const saved = ok<{ clinician: string }>(
        await host.invoke('plans:save', { plan: { ...plan, clinician: 'Stand-in Clinician' } }),
      );
      assert.equal(saved.clinician, 'Stand-in Clinician');
      assert.ok(
        readFileSync(planFile, 'utf8').includes('Stand-in Clinician'),
        'plans:save did not write the plan file',
      );
      assert.ok(existsSync(`${planFile}.bak`), 'no .bak of the previous version');
      duplicateId = ok<{ id: string }>(await host.invoke('plans:duplicate', { id: SEEDED_ID })).id;
      assert.notEqual(duplicateId, SEEDED_ID);
      assert.ok(existsSync(path.join(plansDir, `${duplicateId}.acuplan`)));
      assert.deepEqual(ok(await host.invoke('plans:delete', { id: duplicateId })), { done: true });
      assert.ok(
        existsSync(path.join(plansDir, 'trash', `${duplicateId}.acuplan`)) &&
          !existsSync(path.join(plansDir, `${duplicateId}.acuplan`)),
      );
      assert.deepEqual(ok(await host.invoke('plans:restore', { id: duplicateId })), { done: true });
      assert.ok(existsSync(path.join(plansDir, `${duplicateId}.acuplan`)));
    },
  );

  await check(
    'plans:versions and plans:resolve: a hand-made copy is a second version; keep-one moves it to the trash',
    async () => {
      const copy = `${SEEDED_ID} (1).acuplan`;
      await copyFile(planFile, path.join(plansDir, copy));
      const { versions } = ok<{ versions: Array<{ file: string }> }>(
        await host.invoke('plans:versions', { id: SEEDED_ID }),
      );
      assert.deepEqual(
        versions.map((v) => v.file),
        [`${SEEDED_ID}.acuplan`, copy],
      );
      const resolved = ok<{ kept: { id: string }; copies: unknown[] }>(
        await host.invoke('plans:resolve', { id: SEEDED_ID, keep: `${SEEDED_ID}.acuplan`, mode: 'keep-one' }),
      );
      assert.equal(resolved.kept.id, SEEDED_ID);
      assert.deepEqual(resolved.copies, []);
      assert.ok(!existsSync(path.join(plansDir, copy)));
    },
  );

  await check(
    'plans:import and plans:export-file: dialogs owned by main (parent = main window); cancel stores/writes nothing',
    async () => {
      standIn.answers.open.push([path.join(inbox, 'import-me.acuplan')]);
      const imported = ok<{ plan?: { id: string } }>(await host.invoke('plans:import', {}));
      assert.ok(imported.plan && imported.plan.id !== SEEDED_ID, 'a plan with a taken id is imported under a new id');
      assert.ok(existsSync(path.join(plansDir, `${imported.plan.id}.acuplan`)));
      assert.deepEqual(ok(await host.invoke('plans:import', {})), {});
      const target = path.join(dir('exports'), 'exported.acuplan');
      standIn.answers.save.push(target);
      assert.deepEqual(ok(await host.invoke('plans:export-file', { id: SEEDED_ID })), { saved: true, path: target });
      assert.equal((JSON.parse(readFileSync(target, 'utf8')) as { id: string }).id, SEEDED_ID);
      assert.deepEqual(ok(await host.invoke('plans:export-file', { id: SEEDED_ID })), { saved: false });
      const fileDialogs = standIn.dialogs.filter((d) => d.kind === 'open' || d.kind === 'save');
      assert.equal(fileDialogs.length, 4);
      assert.ok(
        fileDialogs.every((d) => d.parent === main),
        'a file dialog was not parented to the main window',
      );
      const saveOptions = fileDialogs[2]?.options as { defaultPath: string };
      assert.equal(path.dirname(saveOptions.defaultPath), dir('documents'));
      assert.match(path.basename(saveOptions.defaultPath), /^2026-11-20 Example Patient fictional plan\.acuplan$/);
    },
  );

  await check('settings:get / settings:set reach the real settings store (settings.json in userData)', async () => {
    const { settings } = ok<{ settings: { paper: string } }>(await host.invoke('settings:get', {}));
    assert.equal(settings.paper, 'A4');
    assert.equal(
      ok<{ paper: string }>(await host.invoke('settings:set', { patch: { paper: 'Letter' } })).paper,
      'Letter',
    );
    assert.equal(
      (JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8')) as { paper: string }).paper,
      'Letter',
    );
  });

  await check(
    'plans:export-pdf: the warm print window shows the plan route, the page reads the plan via its bridge, printToPDF → %PDF file; back to idle',
    async () => {
      const windowsBefore = standIn.windows.length;
      const target = path.join(dir('exports'), 'plan.pdf');
      standIn.answers.save.push(target);
      assert.deepEqual(ok(await host.invoke('plans:export-pdf', { id: SEEDED_ID, paper: 'A4' })), {
        saved: true,
        path: target,
      });
      assert.ok(
        readFileSync(target).subarray(0, 8).toString('latin1').startsWith('%PDF-1.4'),
        'the written file is not the PDF',
      );
      assert.equal(standIn.windows.length, windowsBefore, 'a second print window was opened');
      const [call] = print.webContents.printCalls;
      assert.ok(call, 'printToPDF not called on the print window');
      assert.equal(call.pageSize, 'A4');
      assert.equal(call.printBackground, true);
      assert.equal(call.displayHeaderFooter, true);
      assert.equal(call.generateTaggedPDF, true);
      assert.equal(call.generateDocumentOutline, true);
      assert.ok(call.footerTemplate?.includes('pageNumber') && call.margins?.top !== undefined);
      assert.ok(
        print.webContents.renderer?.invokes.some((i) => i.channel === 'plans:open'),
        'the print page did not read the plan through the bridge',
      );
      const dialog = standIn.dialogs.filter((d) => d.kind === 'save').at(-1);
      assert.equal(dialog?.parent, main, 'the PDF save dialog is not parented to the main window');
      assert.match((dialog?.options as { defaultPath: string }).defaultPath, /plan\.pdf$/);
      await waitFor('print window back on the idle route', () =>
        /#\/print\?paper=a4&job=/.test(print.webContents.getURL()),
      );
    },
  );

  await check(
    'plans:export-pdf again (handout, Letter): same print window, Letter page, handout route; a cancelled save writes nothing',
    async () => {
      const target = path.join(dir('exports'), 'handout.pdf');
      standIn.answers.save.push(target);
      assert.deepEqual(
        ok(
          await host.invoke('plans:export-pdf', {
            id: SEEDED_ID,
            paper: 'Letter',
            document: 'handout',
            homeCare: [0],
          }),
        ),
        { saved: true, path: target },
      );
      assert.equal(print.webContents.printCalls.at(-1)?.pageSize, 'Letter');
      assert.ok(
        print.webContents.scripts.some((s) => s.includes(`#/print/${SEEDED_ID}?paper=letter&doc=handout&items=0&job=`)),
      );
      assert.ok(existsSync(target));
      assert.deepEqual(ok(await host.invoke('plans:export-pdf', { id: SEEDED_ID, paper: 'A4' })), { saved: false });
      assert.equal(print.webContents.loads.length, 1, 'the kept print page was reloaded instead of switching routes');
    },
  );

  await check(
    'foreign sender frames are refused (other origin, file:, app://other, no frame), before the request is even read',
    async () => {
      const before = readFileSync(planFile, 'utf8');
      for (const frame of [
        'https://evil.example/',
        `file://${rendererDir}/index.html`,
        `${APP_SCHEME}://evil/index.html`,
        `${APP_SCHEME}://user:pw@bundle/index.html`,
        null,
      ]) {
        refused(await standIn.invokeFrom(frame, 'app:info', {}), 'forbidden-sender');
        refused(await standIn.invokeFrom(frame, 'plans:save', { plan: { id: SEEDED_ID } }), 'forbidden-sender');
      }
      assert.equal(readFileSync(planFile, 'utf8'), before);
      await assert.rejects(
        standIn.invokeFrom(`${APP_ORIGIN}/index.html`, 'fs:read', {}),
        /No handler registered for 'fs:read'/,
      );
    },
  );

  await check('Open Recent follows plan changes (re-read after the burst settles)', async () => {
    await waitFor('Open Recent updated', () => recentOf(latestMenu(standIn)).length >= 4, 4000);
    const labels = recentOf(latestMenu(standIn)).map((i) => i.label ?? '');
    assert.ok(labels.length <= 8 && labels.every((l, i) => l.startsWith(`${i + 1}. `)), labels.join(' | '));
    assert.ok(
      labels.some((l) => l.includes('Second Instance (fictional)')),
      labels.join(' | '),
    );
  });
}
