// Issue 17: the product never speaks of its own making. No user-visible text — anything in the knowledge
// base (what `npm run kb:dump` prints) or in the renderer's source — says "seed", and no record holds a
// file path: the source articles are cited by title and publisher as web articles.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../points/knowledge-base';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

describe('provenance in the product', () => {
  const kb = loadKnowledgeBase();
  const dump = JSON.stringify(kb);

  it('the knowledge base never says "seed"', () => {
    const hits = [...dump.matchAll(/.{0,60}seed.{0,60}/gi)].map((m) => m[0]);
    expect(hits).toEqual([]);
  });

  it('no record holds a file path', () => {
    expect(dump).not.toMatch(/\.\.\/shared|seeds\/|\.txt\b/);
  });

  it('the source articles are web articles cited by title and publisher', () => {
    const web = kb.sources.filter((s) => s.kind === 'web-article');
    expect(web).toHaveLength(5);
    for (const s of web) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.publisher).toMatch(/web article/);
    }
  });

  it('the renderer\'s source never says "seed"', () => {
    const hits = files(path.join(ROOT, 'renderer'))
      .filter((f) => /\.(tsx?|css|html)$/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i, line })),
      )
      .filter(({ line }) => /seed/i.test(line))
      .map(({ f, i, line }) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim()}`);
    expect(hits).toEqual([]);
  });
});
