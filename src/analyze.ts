/**
 * Entities with a look at the text's language: a guard for pipelines that may be fed Arabic, Urdu or
 * anything else by mistake.
 */
import { detectLanguage, type LanguageGuess } from './language';
import { extractEntities, type ExtractOptions, type Extractor } from './extractor';
import type { Entity } from './types';

/** What {@link analyze} returns. */
export interface Analysis {
  entities: Entity[];
  language: LanguageGuess;
  /** Human-readable notes, e.g. that the text does not look Persian and results may be poor. */
  notes: string[];
}

/** Options of {@link analyze}: those of `extractEntities`, plus the extractor to use. */
export interface AnalyzeOptions extends ExtractOptions {
  /** Default: the built-in extractor. */
  extractor?: Extractor;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { ar: 'Arabic', ur: 'Urdu', other: 'not Persian' };

/**
 * Extracts the entities of `text` and says whether the text looks Persian.
 *
 * ```ts
 * analyze('مرحبا بكم في دبي').notes; // ['the text looks Arabic, not Persian: …']
 * ```
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { extractor, ...extractOptions } = options;
  const entities = extractor ? extractor.extract(text, extractOptions) : extractEntities(text, extractOptions);
  const language = detectLanguage(text);
  const notes: string[] = [];
  const name = LANGUAGE_NAMES[language.language];
  if (name) {
    notes.push(
      language.language === 'other'
        ? 'the text does not look Persian: the dictionaries and rules are made for Persian, so results may be poor'
        : `the text looks ${name}, not Persian: the dictionaries and rules are made for Persian, so results may be poor`,
    );
  }
  return { entities, language, notes };
}
