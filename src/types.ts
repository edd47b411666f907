/**
 * The public data shapes of persian-ner. The contract of results is documented in `API.md`
 * (shared with the scorers); add fields freely, never rename or remove one.
 * @packageDocumentation
 */

/** The entity types the library finds on its own. */
export type BuiltinEntityType = 'PERSON' | 'COUNTRY' | 'ORGANIZATION' | 'LOCATION' | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT';

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

/** The unit of time a date expression names. */
export type DateUnit = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'century';

/**
 * How precise a date expression is: a unit, or a range whose ends are of that unit («۱۰ تا ۱۵ مهر» is a
 * `'day-range'`, «سال‌های ۲۰۰۵ تا ۲۰۱۴» a `'year-range'`; the unit of the range's first end).
 */
export type DateGranularity = DateUnit | `${DateUnit}-range`;

/**
 * Where a date written without its year («۲۸ اسفند», «مهرماه», «عید فطر») is placed: its occurrence nearest the
 * reference date, the latest that has begun by it, or the first that has not ended before it.
 */
export type ImpliedDates = 'nearest' | 'past' | 'future';

/** A season of the northern hemisphere: three Solar Hijri months (بهار = فروردین … خرداد). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Value of a `DATE` entity. Fields that cannot be known stay undefined. */
export interface DateValue {
  /** The calendar the text used. */
  calendar: Calendar;
  granularity: DateGranularity;
  /**
   * `'1402-03-15'`, `'1402-03'` or `'1402'`, as far as it is known; a range writes both ends, `'1403-07-10/1403-07-15'`.
   */
  jalali?: string;
  /**
   * `'2023-06-05'`, `'2023-06'` or `'2023'`, as far as it is known (years before Christ are astronomical: 776 BC is
   * `'-0775'`); a range writes both ends.
   */
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
  /** `true` when the written weekday is not the weekday of the written date (the date is kept as written). */
  weekdayMismatch?: boolean;
  /** The season, for granularity `'season'`. */
  season?: Season;
}

/** A part of the day: صبح and بامداد are the morning, ظهر noon, عصر and بعدازظهر the afternoon, غروب and شامگاه the evening, شب the night, نیمه‌شب midnight. */
export type DayPeriod = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'midnight';

/**
 * Value of a `TIME` entity: the clock time as far as the text says it, on the 24-hour clock (a part of the day
 * moves the hour: «ساعت ۸ شب» is 20:00), and the part of the day and the day when the text names them.
 */
export interface TimeValue {
  /** 0–23. */
  hour?: number;
  /** 0–59; 0 when the text gives the hour alone («ساعت ۱۰ صبح» is 10:00). */
  minute?: number;
  /** 0–59, when the text gives seconds (۱۳:۲۲:۰۵). */
  second?: number;
  /** The part of the day the text names. */
  period?: DayPeriod;
  /** The day a part of the day is said of («صبح امروز», «دوشنبه شب»), as a DATE would give it. */
  date?: DateValue;
  /** The end of a range of time («از ساعت ۱۷ تا ۱۹»: 17:00 to `end` 19:00); the value itself is its start. */
  end?: Omit<TimeValue, 'date' | 'end'>;
}

/**
 * Value of a `MONEY` entity. The toman, no ISO currency, is given in rials: `currency: 'IRR'`, `amount` in rials
 * (ten to the toman) and `unit: 'toman'`; the amount as written is `amount / 10`.
 */
export interface MoneyValue {
  /** In units of `currency` (rials for tomans). */
  amount: number;
  /** ISO 4217 code, e.g. `'IRR'`, `'USD'`, `'EUR'`. */
  currency: string;
  /** The high end of a range («۵ تا ۱۰ میلیون دلار»); `amount` is then the low end. */
  max?: number;
  /** `'toman'` when the text counts in tomans. */
  unit?: 'toman';
}

/** Value of a `PERCENT` entity: «۲٫۵ درصد» → `{ value: 2.5 }`. */
export interface PercentValue {
  value: number;
  /** The high end of a range («۵ تا ۱۰ درصد»); `value` is then the low end. */
  max?: number;
}

/** Any entity value. User types may carry any JSON-like object. */
export type EntityValue =
  | CountryValue
  | LocationValue
  | PersonValue
  | OrganizationValue
  | DateValue
  | TimeValue
  | MoneyValue
  | PercentValue
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
