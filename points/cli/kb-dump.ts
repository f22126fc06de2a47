// `npm run --silent kb:dump [-- --strict]`: the whole validated knowledge base as one JSON document on
// stdout, for export and outside checking. Cross-reference problems go to stderr; --strict makes
// them fail the command (exit 1). Invalid data fails always (exit 2) with the file and record named.
import { KnowledgeBaseError, loadKnowledgeBase } from '../knowledge-base';
import { knowledgeBaseProblems } from '../kb-checks';
import { SCHEMA_VERSION } from '../schema/point';

// tsconfig.web.json also type-checks points/**, without Node types: reach `process` through a
// minimal local shape instead of the Node global's declaration.
interface ProcessLike {
  argv: string[];
  stdout: { write(s: string): unknown; on(event: 'error', cb: (e: { code?: string }) => void): unknown };
  exitCode?: number;
  exit(code: number): never;
}
const proc = (globalThis as unknown as { process: ProcessLike }).process;

function main(): number {
  let kb;
  try {
    kb = loadKnowledgeBase();
  } catch (err) {
    if (err instanceof KnowledgeBaseError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const problems = knowledgeBaseProblems(kb);
  proc.stdout.write(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...kb }, null, 2)}\n`);
  if (problems.length > 0) {
    console.error(`${problems.length} cross-reference problem(s):`);
    for (const p of problems) console.error(`  [${p.kind}] ${p.message}`);
  }
  return problems.length > 0 && proc.argv.includes('--strict') ? 1 : 0;
}

// A closed pipe (`kb:dump | head`) is the reader's choice, not an error.
proc.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') proc.exit(0);
  else throw e;
});
proc.exitCode = main();
