/**
 * What a date parser is, in the manner of chrono's parsers: it starts at an anchor, a token that can begin or
 * carry a date (a number, a month name, a weekday, «سال» …), reads the tokens around it through the shared
 * {@link DateView}, and returns a {@link DateMatch} or nothing. The scanner runs a parser only at its anchors,
 * and only when its cheap {@link DateParser.accepts} look at the neighbours says it may find something.
 */
import type { EntryKind } from '../lexicon';
import type { DateMatch, DateView, Found } from '../view';

/** Where parsers start: a date word of the lexicon (by its kind), or a token of digits. */
export type Anchor = EntryKind | 'number';

export interface DateParser {
  /** For tests and measurements. */
  readonly name: string;
  readonly anchors: readonly Anchor[];
  /** A cheap look at the neighbours of token `i`: false when the parser cannot find anything there. */
  accepts?(view: DateView, i: number, found: Found | null): boolean;
  /** The date anchored at token `i` (`found`: the lexicon phrase there, `null` for a number). */
  parse(view: DateView, i: number, found: Found | null): DateMatch | null;
}
