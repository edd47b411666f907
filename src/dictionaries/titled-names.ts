/**
 * Titles before a listed person's name. «سردار سلیمانی» and «آیت‌الله سیستانی» are listed as ways to name
 * someone, but the title is reported in `value.title`, outside the span, as the person rule does for everybody
 * else: the span is «سلیمانی». Titles that are part of how someone is named (lineage titles such as سید, and
 * امام، حضرت right before the name) stay inside: «امام علی», «آیت‌الله سید علی خامنه‌ای» → «سید علی خامنه‌ای».
 */
import { dictionaryKey } from '../normalize/index';

/** What the person rule and the gazetteer need to know of a title. */
export interface TitleInfo {
  text: string;
  kind?: string;
}

/** Titles that are part of the name itself, inside the span, by kind and by key. */
const IN_SPAN_TITLE_KINDS: ReadonlySet<string> = new Set(['lineage']);
const IN_SPAN_TITLE_KEYS: ReadonlySet<string> = new Set(['امام', 'حضرت'].map(dictionaryKey));

/** Whether a title of `kind`, keyed `key` (one word), stays inside the person's span. */
export function isInSpanTitle(kind: string | undefined, key: string): boolean {
  return IN_SPAN_TITLE_KINDS.has(kind ?? '') || IN_SPAN_TITLE_KEYS.has(key);
}

/**
 * Every start of the keys of `titles` (keyed by the whole title): a word whose key starts no title's key opens none.
 * Keys drop spaces, so a title may be written in more words or fewer than listed («آیت الله», «آیت‌الله»).
 */
const keyStartsOf = new WeakMap<ReadonlyMap<string, TitleInfo>, ReadonlySet<string>>();

function titleKeyStarts(titles: ReadonlyMap<string, TitleInfo>): ReadonlySet<string> {
  let starts = keyStartsOf.get(titles);
  if (!starts) {
    starts = new Set([...titles.keys()].flatMap((key) => Array.from({ length: key.length }, (_, n) => key.slice(0, n + 1))));
    keyStartsOf.set(titles, starts);
  }
  return starts;
}

/** Longest title (up to three words) at word `from` of `words`, with the number of words it takes. */
function titleAt(words: readonly string[], from: number, titles: ReadonlyMap<string, TitleInfo>): [TitleInfo, number] | undefined {
  if (!titleKeyStarts(titles).has(dictionaryKey(words[from] ?? ''))) return undefined;
  for (let length = Math.min(3, words.length - from); length >= 1; length--) {
    const title = titles.get(dictionaryKey(words.slice(from, from + length).join(' ')));
    if (title) return [title, length];
  }
  return undefined;
}

/** A listed form split into the titles before the name and the name. */
export interface TitledName {
  /** The titles of the form, as the person rule reports them (`value.title`). */
  title: string;
  /** Length of the dictionary key of the words left out of the span. */
  keyOffset: number;
}

/**
 * The titles that open `form` and the offset, in its key, where the span starts; `undefined` when the form
 * opens with no title to leave out. A title that is also the person's given name is none («امیر حاتمی»,
 * «سردار آزمون»), and neither is a form whose rest is no part of the name («سردار ملی» for ستارخان).
 */
export function splitTitles(form: string, name: { given?: unknown; family?: unknown }, titles: ReadonlyMap<string, TitleInfo>): TitledName | undefined {
  const words = form.split(' ');
  const given = typeof name.given === 'string' ? name.given : undefined;
  const family = typeof name.family === 'string' ? name.family : undefined;
  if (given?.split(' ')[0] === words[0] || family?.split(' ')[0] === words[0]) return undefined;
  const run: string[] = [];
  let spanStart = 0;
  let k = 0;
  for (let found = titleAt(words, k, titles); found && k < words.length - 1; found = titleAt(words, k, titles)) {
    const [title, length] = found;
    // an in-span title stays in only when no other title follows it («حضرت آیت‌الله خامنه‌ای» → «خامنه‌ای»)
    if (!isInSpanTitle(title.kind, length === 1 ? dictionaryKey(words[k]!) : '')) spanStart = k + length;
    run.push(words.slice(k, k + length).join(' '));
    k += length;
  }
  const rest = words.slice(k).join(' ');
  if (spanStart === 0 || rest === '' || !((given && rest.startsWith(given)) || (family && rest.startsWith(family)))) return undefined;
  return { title: run.join(' '), keyOffset: dictionaryKey(words.slice(0, spanStart).join(' ')).length };
}
