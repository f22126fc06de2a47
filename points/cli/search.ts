// `npm run --silent search -- "<query>"`: the ranked results of the search module as JSON (top 10:
// type, id — the point code for points —, score, and why it matched), for scripting and checks.
import { createKnowledgeBaseSearch } from '../search/knowledge-base-search';

const query = process.argv.slice(2).join(' ');
if (query.trim().length === 0) {
  console.error('usage: npm run --silent search -- "<query>"   e.g. "gb30", "huantiao", "环跳", "sciatica"');
  process.exit(2);
}
const index = createKnowledgeBaseSearch();
const results = index.search(query, { limit: 10 }).map((r) => ({
  type: r.type,
  id: r.id,
  ...(r.type === 'point' ? { code: r.id } : {}),
  score: r.score,
  match: r.match,
  title: r.title,
}));
console.log(JSON.stringify({ query, results }, null, 2));
