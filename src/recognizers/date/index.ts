/**
 * The DATE recognizer: Solar Hijri, Gregorian and lunar Hijri dates written with month names, numeric dates,
 * years, decades and centuries, seasons and occasions, weekdays, relative expressions and ranges, each resolved to
 * a {@link DateValue} with its first and last Gregorian day.
 *
 * How it works, in the manner of chrono's parsers and refiners: one pass over the tokens of a block; a token is an
 * anchor when it is made of digits or is (or begins) a word of the date {@link LEXICON}; at an anchor the parsers of
 * its kind (one file per family in `parsers/`) read the tokens around it through the shared {@link DateView} and
 * return a match or nothing. Most tokens are no anchor and cost one property read. The refiners then narrow
 * modified periods (اوایل مهر), keep the longest of overlapping matches and join ranges (۱۰ تا ۱۵ مهر).
 *
 * Shared conventions: the reference day is `referenceDate`'s calendar date in UTC; a date written without its year
 * is placed around it as `impliedDates` says ({@link impliedYear}); parts of the day (صبح، شب) are left to times.
 */
import type { DateValue } from '../../types';
import { candidate, type Candidate, type DateToken, type RecognizerContext } from '../types';
import type { EntryKind } from './lexicon';
import { toDateValue } from './resolve';
import { DateView, startsWithDigit, type DateMatch } from './view';
import type { DateParser } from './parsers/parser';
import { numericParser } from './parsers/numeric';
import { dayMonthYearParser } from './parsers/day-month-year';
import { relativeParser } from './parsers/relative';
import { weekdayParser } from './parsers/weekday';
import { yearsParser } from './parsers/years';
import { seasonOccasionParser } from './parsers/season-occasion';
import { mergeRanges, rangeParser } from './parsers/range';
import { withModifier } from './refiners/modifiers';
import { endOf, removeOverlaps } from './refiners/overlaps';


/** Every parser, in the order they are tried at an anchor (the first that finds a date wins there). */
export const PARSERS: readonly DateParser[] = [
  numericParser,
  yearsParser,
  dayMonthYearParser,
  rangeParser,
  relativeParser,
  weekdayParser,
  seasonOccasionParser,
];

/** The parsers of each anchor, in {@link PARSERS} order. */
function byAnchor(parsers: readonly DateParser[]): ReadonlyMap<EntryKind | 'number', readonly DateParser[]> {
  const map = new Map<EntryKind | 'number', DateParser[]>();
  for (const parser of parsers) {
    for (const anchor of parser.anchors) {
      const list = map.get(anchor) ?? [];
      list.push(parser);
      map.set(anchor, list);
    }
  }
  return map;
}

const ANCHORS = byAnchor(PARSERS);
const NUMBER_PARSERS = ANCHORS.get('number') ?? [];

/**
 * The date recognizer of one extraction, block after block ({@link DateScanner.scan}); its view is reused from
 * block to block.
 */
export class DateScanner {
  private readonly view = new DateView();

  /** DATE candidates in `ctx`. */
  scan(ctx: RecognizerContext<DateToken>): Candidate[] {
    const view = this.view;
    view.begin(ctx);
    try {
      const matches = mergeRanges(view, removeOverlaps(view, this.parse()));
      return matches.map((m) => candidate('DATE', view.start(m.first), endOf(view, m), 'rule', m.confidence, toDateValue(m.resolution) satisfies DateValue));
    } finally {
      // an idle scanner holds on to no text
      view.release();
    }
  }

  /** Every parser at every anchor: the matches, narrowed by their modifiers. */
  private parse(): DateMatch[] {
    const view = this.view;
    const tokens = view.tokens;
    const matches: DateMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let parsers: readonly DateParser[] | undefined;
      let found = null;
      if (startsWithDigit(tokens[i]!.key)) parsers = NUMBER_PARSERS;
      else {
        // Most tokens neither are digits nor begin a date word.
        if (!view.trigger(i)) continue;
        found = view.phraseAt(i);
        if (!found) continue;
        parsers = ANCHORS.get(found.entry.kind);
      }
      if (!parsers) continue;
      for (const parser of parsers) {
        if (parser.accepts && !parser.accepts(view, i, found)) continue;
        const m = parser.parse(view, i, found);
        if (m) {
          matches.push(withModifier(view, m));
          break;
        }
      }
    }
    return matches;
  }
}
