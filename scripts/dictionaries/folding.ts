/**
 * Collisions made by key folding. Dictionary keys fold «آ» into «ا», «ئ» into «ی», «ؤ» into «و», «أ» into «ا»
 * and drop ZWNJ and spaces, so that «آمریکا» and «امریکا» find the same entry. The same folding makes the
 * town «آقدام» match the common word «اقدام», «آوج» match «اوج» and the club «رئال» match the currency «ریال».
 * Here every listed form whose key is the key of a differently spelled Persian word (from a licensed word
 * list and the stop words) is found; unless a maintainer reviewed the two spellings as one name
 * (`curated/spelling-variants.json`), the form is kept apart: text spelled like the word is not the entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { dictionaryKey, normalize } from '../../src/normalize/index';
import { compareText } from './entry';

const require = createRequire(import.meta.url);

/** A form as it is spelled: normalized, without ZWNJ and spaces (the folding of «آ», «ئ» … kept). */
export function spellingOf(text: string): string {
  return normalize(text).replace(/[\u200c\s]/g, '');
}

/**
 * The Persian words of `@cspell/dict-fa-ir` (Apache-2.0; built from the Lilak Hunspell dictionary, Apache-2.0),
 * with their inflected forms. Lines of cspell's accent-folded copies («~…») are left out: they are the folding
 * itself, not words.
 */
export function readPersianWords(): string[] {
  // the package exports only its cspell settings; the word list lies beside them
  const path = join(dirname(require.resolve('@cspell/dict-fa-ir/cspell-ext.json')), 'fa-IR.trie.gz');
  const root = importTrie(gunzipSync(readFileSync(path)).toString('utf8').split('\n'));
  const words: string[] = [];
  for (const word of iteratorTrieWords(root)) if (!word.startsWith('~')) words.push(word);
  return words;
}

/** One listed form that folds onto other words. */
export interface FoldingCollision {
  /** The listed form (an entry's text or alias, a given name, a surname, a title). */
  text: string;
  /** The spellings of the words it would otherwise match, sorted. */
  words: string[];
}

/**
 * Every form of `forms` whose key is also the key of one of `words` spelled otherwise, minus the spellings
 * reviewed as the same name (`variants`: form → its other spellings). Sorted by text, one entry per text.
 */
export function foldingCollisions(forms: Iterable<string>, words: Iterable<string>, variants: ReadonlyMap<string, readonly string[]>): FoldingCollision[] {
  const formsByKey = new Map<string, string[]>();
  for (const text of forms) {
    const key = dictionaryKey(text);
    const texts = formsByKey.get(key);
    if (!texts) formsByKey.set(key, [text]);
    else if (!texts.includes(text)) texts.push(text);
  }
  const found = new Map<string, Set<string>>();
  for (const word of words) {
    const texts = formsByKey.get(dictionaryKey(word));
    if (!texts) continue;
    const spelling = spellingOf(word);
    for (const text of texts) {
      if (spelling === spellingOf(text) || (variants.get(text) ?? []).some((v) => spellingOf(v) === spelling)) continue;
      const spellings = found.get(text) ?? new Set<string>();
      found.set(text, spellings.add(spelling));
    }
  }
  return [...found]
    .map(([text, spellings]) => ({ text, words: [...spellings].sort(compareText) }))
    .sort((a, b) => compareText(a.text, b.text));
}

/** The texts every built-in dictionary matches by key: gazetteer texts and aliases, given names, surnames, titles. */
export function builtinForms(data: {
  entries: readonly { text: string; aliases?: readonly string[] }[];
  firstNames: readonly { name: string }[];
  surnames: readonly string[];
  titles: readonly { text: string }[];
}): string[] {
  return [
    ...data.entries.flatMap((e) => [e.text, ...(e.aliases ?? [])]),
    ...data.firstNames.map((n) => n.name),
    ...data.surnames,
    ...data.titles.map((t) => t.text),
  ];
}
