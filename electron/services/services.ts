// Builds the handler for every host channel from injected dependencies. Both hosts (Electron main and the
// browser host) call this, so tests exercise the same services the desktop app runs.
import path from 'node:path';
import type { Handlers, ResponseOf } from '../contract/host-api';
import { createAppInfoService, type AppInfoDeps } from './app-info';
import { summarise } from './plan-index';
import { createPlanStore } from './plan-store';
import { createPdfService, suggestedFileName, type PdfDeps } from './pdf-service';
import { PLAN_EXTENSION } from '../contract/plan';
import { UserFacingError } from './errors';
import { createSettingsStore } from './settings-store';
import type { PendingFiles } from './launch-files';

export type { Handlers };

export interface ServiceDeps {
  appInfo: AppInfoDeps;
  /** PDF rendering and save-target choice; hosts without it answer plans:export-pdf with a clear error */
  pdf?: PdfDeps;
  /** file choosers for plan import/export (dialogs owned by the host) */
  files?: PlanFileDeps;
  /** settings.json location; default: beside the plans folder, in the profile folder */
  settingsFile?: string;
  /** plan files the OS handed over, waiting for the renderer */
  pending?: PendingFiles;
}

export interface PlanFileDeps {
  chooseImport: () => Promise<string | undefined>;
  chooseExport: (suggestedName: string) => Promise<string | undefined>;
}

const done = { done: true } as const;

export function createServices(deps: ServiceDeps): Handlers {
  const appInfo = createAppInfoService(deps.appInfo);
  // Plans live in the data folder app:info reports, so the About box tells the truth about where they are.
  const plans = createPlanStore({ dir: deps.appInfo.dataDir });
  const settings = createSettingsStore({
    file: deps.settingsFile ?? path.join(path.dirname(deps.appInfo.dataDir), 'settings.json'),
  });
  const exportPdf = deps.pdf ? createPdfService(plans, deps.pdf) : undefined;
  const files = (): PlanFileDeps => {
    if (!deps.files) throw new UserFacingError('Opening and saving plan files is not available in this window.');
    return deps.files;
  };
  return {
    'app:info': () => appInfo(),
    'plans:list': ({ query }) => plans.list(query),
    'plans:open': ({ id }) => plans.open(id),
    'plans:save': ({ plan }) => plans.save(plan),
    'plans:duplicate': ({ id }) => plans.duplicate(id),
    'plans:delete': async ({ id }) => {
      await plans.remove(id);
      return done;
    },
    'plans:restore': async ({ id }) => {
      await plans.restore(id);
      return done;
    },
    'plans:versions': async ({ id }) => ({ versions: await plans.versions(id) }),
    'plans:resolve': ({ id, keep, mode }) => plans.resolve(id, keep, mode),
    'plans:export-pdf': ({ id, paper, document, homeCare }) => {
      if (!exportPdf) throw new UserFacingError('PDF export is not available in this window.');
      return exportPdf(id, paper, { document, homeCare });
    },
    'plans:import': async () => {
      const source = await files().chooseImport();
      return source ? { plan: await plans.importFile(source) } : {};
    },
    'plans:export-file': async ({ id }) => {
      const plan = await plans.open(id);
      const target = await files().chooseExport(suggestedFileName(plan, PLAN_EXTENSION));
      if (!target) return { saved: false };
      await plans.exportFile(id, target);
      return { saved: true, path: target };
    },
    'plans:take-opened': async () => {
      const opened: ResponseOf<'plans:take-opened'> = { plans: [], problems: [] };
      for (const file of deps.pending?.take() ?? []) {
        try {
          opened.plans.push(summarise(await plans.openFile(file)));
        } catch (error) {
          // Only our own messages reach the clinician; anything else is a plain "could not be opened".
          const message =
            error instanceof UserFacingError ? error.message : `${path.basename(file)} could not be opened.`;
          opened.problems.push({ file: path.basename(file), message });
        }
      }
      return opened;
    },
    'settings:get': () => settings.get(),
    'settings:set': ({ patch }) => settings.update(patch),
  };
}
