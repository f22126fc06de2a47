// Child process for the crash test: saves the same plan over and over until it is killed (SIGKILL).
import { createPlanStore } from '../../../electron/services/plan-store';
import { fixturePlan } from './plan-test-kit';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: save-in-child <dir>');
const store = createPlanStore({ dir });
const plan = fixturePlan();
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  await store.save({ ...plan, notes: `version ${i} ${'x'.repeat(15_000)}` });
}
