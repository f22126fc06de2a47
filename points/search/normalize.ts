// Text normalisation shared by the index and the query side, so both see the same keys: diacritics
// (pinyin tone marks) folded, tone numbers dropped, spaces and punctuation removed for compact keys.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const HANZI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HANZI_ALL = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Lower-case and strip diacritics: "Zúsānlǐ" → "zusanli", "Lǚ" → "lu". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** True when the text contains at least one CJK ideograph. */
export function hasHanzi(text: string): boolean {
  return HANZI.test(text);
}

/** Only the ideographs of a string, in order: "環 跳 (GB30)" → "環跳". */
export function hanziKey(text: string): string {
  return (text.match(HANZI_ALL) ?? []).join('');
}

/**
 * Pinyin key: folded letters only. Tone numbers ("zu2 san1 li3") and spaces vanish, and "v" becomes
 * "u" because keyboards without ü type "lv" for "lǚ" — on both sides, so "lv" and "lu" meet.
 */
export function pinyinKey(text: string): string {
  return fold(text)
    .replace(/[^a-z]/g, '')
    .replace(/v/g, 'u');
}

/** Words of a folded text joined by single spaces: "Leg-Three  Miles!" → "leg three miles". */
export function spacedKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters and digits only, upper case: "gb-030" → "GB030". */
export function codeKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]/g, '')
    .toUpperCase();
}

// Words that carry no meaning in indications or queries ("pain in the hip" ≈ "hip pain").
const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'without',
  'via',
  'due',
  'its',
  'be',
  'are',
  'e',
  'g',
  'eg',
  'etc',
  'also',
]);

/** Crude plural folding so "pains" finds "pain"; words ending in -ss/-is/-us/-ics keep their s. */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !/(ss|is|us|ics)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Full-text tokens: folded words, stop words dropped, plurals folded. */
export function textTokens(text: string): string[] {
  const out: string[] = [];
  for (const w of fold(text).split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
