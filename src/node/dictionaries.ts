import { createExtractor, extractEntities } from '../extractor';
import type { ExtractOptions, Extractor } from '../extractor';
import type { Entity } from '../types';
import type { UserDictionary } from '../dictionaries/user';

export type { UserDictionary, DictionaryEntry } from '../dictionaries/user';

/** The built-in extractor, or one with the user's dictionaries. */
export function extractorFor(dictionaries: readonly UserDictionary[] | undefined): Pick<Extractor, 'extract'> {
  if (dictionaries === undefined || dictionaries.length === 0) {
    return { extract: (text: string, options?: ExtractOptions): Entity[] => extractEntities(text, options) };
  }
  return createExtractor({ dictionaries });
}
