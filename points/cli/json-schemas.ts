// `npm run kb:schemas`: writes the JSON Schema of every knowledge-base data file, emitted from the zod
// schemas (the single source), to points/schema/json/. The repository's editor settings (.vscode/
// settings.json) map each data file to its schema, so an editor offers completion and marks errors as
// the file is edited. A unit test fails when a committed schema is not what the zod schema emits.
// Refinements zod cannot express (a range's min ≤ max, a pattern point naming its pattern) are checked by
// the loader (`npm run kb:dump -- --strict`), not by the editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../schema/json-schemas';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'json');
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(path.join(out, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(jsonSchemas()).length} schemas to ${path.relative(process.cwd(), out)}`);
