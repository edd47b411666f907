/**
 * What recognizers see and what they return. Recognizers run on normalized text; every offset here is an
 * offset into that normalized text. The extractor maps results back to the original input.
 */
import type { EntityType, EntityValue, ImpliedDates, TokenKind } from '../types';
import type { Word } from './words';

/** A token of the normalized text, with its dictionary key. */
export interface TextToken {
  start: number;
  end: number;
  /** The normalized slice `text.slice(start, end)`. */
  text: string;
  kind: TokenKind;
  /** {@link dictionaryKey} of `text`: no ZWNJ, folded hamza and alef forms. */
  key: string;
}

/** A token with what the lexicon knows of its word. */
export interface WorkToken extends TextToken {
  word: Word;
}

/** A token the date recognizer reads: a text token, with its word when the extractor has described it. */
export interface DateToken extends TextToken {
  readonly word?: Pick<Word, 'dateTrigger'>;
}

/** Everything a recognizer may look at. */
export interface RecognizerContext<Token extends TextToken = WorkToken> {
  /** The normalized text. */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Relative dates resolve against it. */
  readonly referenceDate: Date;
  /** How dates written without their year are placed around the reference date (default `'nearest'`). */
  readonly impliedDates?: ImpliedDates;
}

/** The context of no text: what the reusable recognizers hold between blocks and calls. */
export const NO_CONTEXT: RecognizerContext<never> = Object.freeze({ text: '', tokens: [], referenceDate: new Date(0) });

/** A proposed entity, in offsets of the normalized text. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  source: string;
  confidence: number;
  value?: EntityValue;
  /** Higher wins among spans of equal length and type specificity (user dictionaries rank above built-ins). */
  priority?: number;
}

/**
 * A candidate as recognizers make it. Candidates live for one block, by the hundred thousand: made by a
 * constructor they carry no allocation site. V8 may decide to allocate everything an object literal site makes
 * straight in the old generation (pretenuring) when the first few it sees survive, and short-lived objects
 * made there cost old-generation collections for the rest of the process: whether that happens differs from
 * process to process and made extraction run at two speeds.
 */
class MadeCandidate implements Candidate {
  constructor(
    public type: EntityType,
    public start: number,
    public end: number,
    public source: string,
    public confidence: number,
    public value: EntityValue | undefined,
    public priority: number | undefined,
  ) {}
}

/** A new {@link Candidate}. */
export function candidate(
  type: EntityType,
  start: number,
  end: number,
  source: string,
  confidence: number,
  value?: EntityValue,
  priority?: number,
): Candidate {
  return new MadeCandidate(type, start, end, source, confidence, value, priority);
}
