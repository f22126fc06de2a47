// Search speed: per-keystroke latency over realistic queries typed letter by letter, and index build
// time, for our tiered search and for the single-fuse.js-index baseline, in the same run. JSON lines.
// `runSearchBench(emit)` is called by run-bench.ts; `tsx tests/bench/search-bench.ts` runs it alone.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createSearchIndex } from '../../points/search';
import type { SearchCorpus } from '../../points/search';
import { createBaseline } from './search-baseline';
import { knowledgeBaseCorpus } from '../../points/search/knowledge-base-search';

/** What clinicians type: codes in several conventions, pinyin, hanzi, English, conditions, typos. */
export const BENCH_QUERIES: readonly string[] = [
  'gb30',
  'sj5',
  'liv3',
  'du20',
  'ST36',
  'bl 40',
  'ren12',
  'ub23',
  'LI-4',
  'sp6',
  'ex-hn3',
  'pc6',
  'gb30 gb34',
  'huantiao',
  'zusanli',
  'zu san li',
  'zúsānlǐ',
  'weizhong',
  'yanglingquan',
  'shenshu',
  'hegu',
  'sanyinjiao',
  'baihui',
  'neiguan',
  'taichong',
  'fengchi',
  'yintang',
  'quchi',
  'kunlun',
  'zhibian',
  '环跳',
  '環跳',
  '足三里',
  '合谷',
  '三陰交',
  '委中',
  'leg three miles',
  'jumping circle',
  'union valley',
  'great rushing',
  'hundred meetings',
  'four gates',
  'sciatica',
  'meralgia',
  'piriformis',
  'low back pain',
  'numbness outer thigh',
  'headache',
  'insomnia',
  'nausea',
  'huantaio',
  'zusanly',
  'yanglinquan',
  'sciatca',
  'sanyinjao',
  'weizong',
  'heguu',
  'meralgia parestetica',
];

/** Every prefix of every query, as typed one character at a time. */
export function keystrokes(queries: readonly string[]): string[] {
  return queries.flatMap((q) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')));
}

export function quantiles(samples: readonly number[]): { p50: number; p99: number; max: number; mean: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: s.at(-1) ?? NaN, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

type Emit = (name: string, figures: Record<string, number | string>) => void;

function timeKeystrokes(search: (q: string) => unknown, typed: readonly string[], rounds: number): number[] {
  for (const q of typed) search(q); // warm-up: JIT and lazy structures
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of typed) {
      const t = performance.now();
      search(q);
      ms.push(performance.now() - t);
    }
  }
  return ms;
}

function timeBuild(build: () => unknown, runs: number): number[] {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    build();
    ms.push(performance.now() - t);
  }
  return ms;
}

export function runSearchBench(emit: Emit, corpus: SearchCorpus = knowledgeBaseCorpus(), rounds = 20): void {
  const typed = keystrokes(BENCH_QUERIES);
  const size = { points: corpus.points.length, pairings: corpus.pairings.length, conditions: corpus.conditions.length };
  const ours = timeBuild(() => createSearchIndex(corpus), 10);
  const base = timeBuild(() => createBaseline(corpus), 10);
  const index = createSearchIndex(corpus);
  const baseline = createBaseline(corpus);
  const oursKeys = quantiles(timeKeystrokes((q) => index.search(q), typed, rounds));
  const baseKeys = quantiles(timeKeystrokes((q) => baseline.search(q), typed, Math.max(2, Math.round(rounds / 4))));
  emit('search-index-build', { unit: 'ms', runs: ours.length, ...size, ...quantiles(ours) });
  emit('search-keystroke', { unit: 'ms', keystrokes: typed.length, rounds, ...oursKeys });
  emit('search-baseline-index-build', { unit: 'ms', runs: base.length, ...quantiles(base) });
  emit('search-baseline-keystroke', { unit: 'ms', keystrokes: typed.length, ...baseKeys });
  emit('search-speedup-vs-baseline', {
    unit: 'x',
    p50: baseKeys.p50 / oursKeys.p50,
    p99: baseKeys.p99 / oursKeys.p99,
    mean: baseKeys.mean / oursKeys.mean,
  });
}

const standalone = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (standalone) {
  runSearchBench((name, figures) => {
    const rounded = Object.fromEntries(
      Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(4)) : v]),
    );
    console.log(JSON.stringify({ bench: name, ...rounded }));
  });
}
