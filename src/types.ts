/**
 * The public data shapes of persian-ner. The contract of results is documented in `API.md`
 * (shared with the scorers); add fields freely, never rename or remove one.
 * @packageDocumentation
 */

/** The entity types the library finds on its own. */
export type BuiltinEntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'LOCATION' | 'DATE';

/** A built-in type or one a user dictionary defines (any non-empty string). */
export type EntityType = BuiltinEntityType | (string & {});

/** Value of a `COUNTRY` entity. */
export interface CountryValue {
  /** ISO 3166-1 alpha-2 code, e.g. `'IR'`. */
  code: string;
  /** Canonical Persian name, e.g. `'ایران'`. */
  name: string;
}

/** What kind of place a `LOCATION` is. */
export type LocationKind =
  | 'city'
  | 'province'
  | 'county'
  | 'village'
  | 'sea'
  | 'gulf'
  | 'lake'
  | 'river'
  | 'mountain'
  | 'island'
  | 'region'
  | 'continent'
  | 'port'
  | 'strait'
  | 'desert'
  | 'place';

/** Value of a `LOCATION` entity. */
export interface LocationValue {
  kind: LocationKind;
  /** ISO 3166-1 alpha-2 code of the country it lies in, where known. */
  country?: string;
  /** Canonical Persian name. */
  name?: string;
}

/** Value of a `PERSON` entity: the parts that were found. */
export interface PersonValue {
  /** Titles and honorifics before the name, e.g. `'دکتر'`, `'آیت‌الله'`. */
  title?: string;
  /** Given name(s), e.g. `'محمد مهدی'`. */
  given?: string;
  /** Family name, e.g. `'آخوندزاده'`. */
  family?: string;
  gender?: 'male' | 'female';
}

/** What kind of organization. */
export type OrganizationKind =
  | 'ministry'
  | 'government'
  | 'news-agency'
  | 'media'
  | 'university'
  | 'bank'
  | 'party'
  | 'international'
  | 'military'
  | 'club'
  | 'company'
  | 'embassy'
  | 'parliament'
  | 'court'
  | 'federation'
  | 'organization';

/** Value of an `ORGANIZATION` entity. */
export interface OrganizationValue {
  kind?: OrganizationKind;
  /** Canonical Persian name. */
  name?: string;
  /** Country it belongs to (alpha-2) where known. */
  country?: string;
}

/** The calendar a date expression is written in. */
export type Calendar = 'jalali' | 'gregorian' | 'hijri';

/** How precise a date expression is. */
export type DateGranularity = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/** Value of a `DATE` entity. Fields that cannot be known stay undefined. */
export interface DateValue {
  /** The calendar the text used. */
  calendar: Calendar;
  granularity: DateGranularity;
  /** `'1402-03-15'`, `'1402-03'` or `'1402'`, as far as it is known. */
  jalali?: string;
  /** `'2023-06-05'`, `'2023-06'` or `'2023'`, as far as it is known. */
  gregorian?: string;
  /** The same for lunar Hijri dates. */
  hijri?: string;
  /** First Gregorian day covered, `'YYYY-MM-DD'`, inclusive. */
  start?: string;
  /** Last Gregorian day covered, `'YYYY-MM-DD'`, inclusive. */
  end?: string;
  /** `true` when resolved against the reference date. */
  relative?: boolean;
  /** Day of week 0 = شنبه (Saturday) … 6 = جمعه (Friday), when the text names one. */
  weekday?: number;
}

/** Any entity value. User types may carry any JSON-like object. */
export type EntityValue =
  | CountryValue
  | LocationValue
  | PersonValue
  | OrganizationValue
  | DateValue
  | Readonly<Record<string, unknown>>;

/** One entity found in the input. */
export interface Entity {
  type: EntityType;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** Offset into the original input, in UTF-16 code units. */
  start: number;
  /** End offset (exclusive) into the original input, in UTF-16 code units. */
  end: number;
  /** The entity's text after Persian normalization. */
  normalized: string;
  /** What found it: `'dictionary'`, `'rule'`, or a user dictionary's name. */
  source: string;
  /** A number in [0, 1]. */
  confidence: number;
  /** Structured value where the type has one. */
  value?: EntityValue;
  /**
   * Entities inside this one, when `nested: true` was asked for: sorted, never overlapping each other, each
   * holding in turn what lies inside it (a tree).
   */
  nested?: Entity[];
}

/** What a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'date'
  | 'punctuation'
  | 'latin'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'symbol';

/** One token of the input. */
export interface Token {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The token after normalization. */
  normalized: string;
  kind: TokenKind;
}

/** One sentence of the input. */
export interface Sentence {
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}
