/**
 * Regenerates `dictionaries/generated/folding-collisions.json`: every built-in form (gazetteer texts and aliases,
 * given names, surnames, titles) whose dictionary key is also the key of a Persian word spelled otherwise
 * (`@cspell/dict-fa-ir` and the stop words), unless `dictionaries/curated/spelling-variants.json` lists the
 * word as another spelling of the same name. The extractor does not match such a form where the text spells
 * the word: «اقدام» is no «آقدام», «ریال» no «رئال». See `scripts/dictionaries/folding.ts`.
 *
 *   npx tsx scripts/build-folding-collisions.ts           regenerate; exit 1 on a stale variant
 *   npx tsx scripts/build-folding-collisions.ts --check   write nothing; exit 1 when the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinData } from '../src/dictionaries/builtin';
import { builtinForms, foldingCollisions, readPersianWords, type FoldingCollision } from './dictionaries/folding';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = join(ROOT, 'dictionaries', 'generated', 'folding-collisions.json');
const VARIANTS = join(ROOT, 'dictionaries', 'curated', 'spelling-variants.json');

/** One reviewed form: its other spellings are the same name, so it keeps matching them. */
export interface SpellingVariant {
  text: string;
  variants: string[];
}

/** The file text of a list of collisions: one per line. */
export function serializeCollisions(collisions: readonly FoldingCollision[]): string {
  return collisions.length === 0 ? '[]\n' : `[\n${collisions.map((c) => '  ' + JSON.stringify(c)).join(',\n')}\n]\n`;
}

/** Reviewed variants that no longer collide (their form is gone or the word list changed): they must go. */
export function staleVariants(variants: readonly SpellingVariant[], words: Iterable<string>): string[] {
  const reviewedOnly = foldingCollisions(
    variants.map((v) => v.text),
    words,
    new Map(),
  );
  const colliding = new Map(reviewedOnly.map((c) => [c.text, new Set(c.words)]));
  const problems: string[] = [];
  for (const v of variants) {
    const stillThere = v.variants.filter((w) => colliding.get(v.text)?.has(w));
    if (stillThere.length < v.variants.length) problems.push(`spelling-variants.json: «${v.text}» no longer folds onto ${v.variants.filter((w) => !stillThere.includes(w)).join('، ')}`);
  }
  return problems;
}

function main(): void {
  const check = process.argv.includes('--check');
  const variants = JSON.parse(readFileSync(VARIANTS, 'utf8')) as SpellingVariant[];
  const words = [...readPersianWords(), ...builtinData.stopwords];
  const collisions = foldingCollisions(builtinForms(builtinData), words, new Map(variants.map((v) => [v.text, v.variants])));
  const problems = staleVariants(variants, words);
  const text = serializeCollisions(collisions);
  if (check && readFileSync(OUTPUT, 'utf8') !== text) problems.push('generated/folding-collisions.json is out of date: run npx tsx scripts/build-folding-collisions.ts');
  if (!check && problems.length === 0) writeFileSync(OUTPUT, text);
  console.log(`folding collisions: ${collisions.length} forms kept apart from the words they fold onto; ${variants.length} reviewed as spelling variants`);
  for (const problem of problems) console.error(`error: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
