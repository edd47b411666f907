/**
 * The built-in dictionaries, as shipped in `dictionaries/` (see `dictionaries/SOURCES.md` for where each came
 * from). They are bundled into the library, frozen, and indexed lazily on first use.
 */
import type { DictionaryEntry } from './user';
import countries from '../../dictionaries/generated/countries.json';
import countryVariants from '../../dictionaries/curated/countries-variants.json';
import worldCities from '../../dictionaries/generated/world-cities.json';
import iranPlaces from '../../dictionaries/curated/iran-places.json';
import worldPlaces from '../../dictionaries/curated/world-places.json';
import geography from '../../dictionaries/curated/geography.json';
import landmarks from '../../dictionaries/curated/landmarks.json';
import organizations from '../../dictionaries/curated/organizations.json';
import banks from '../../dictionaries/generated/banks.json';
import people from '../../dictionaries/curated/people.json';
import firstNames from '../../dictionaries/curated/first-names.json';
import fakerFirstNames from '../../dictionaries/generated/first-names-faker.json';
import surnames from '../../dictionaries/curated/surnames.json';
import fakerSurnames from '../../dictionaries/generated/surnames-faker.json';
import titles from '../../dictionaries/curated/titles.json';
import nameWords from '../../dictionaries/curated/name-words.json';
import stopwords from '../../dictionaries/generated/stopwords.json';
import triggers from '../../dictionaries/curated/triggers.json';
import foldingCollisions from '../../dictionaries/generated/folding-collisions.json';

/** A given name with what is known of it. */
export interface FirstName {
  name: string;
  gender?: 'male' | 'female';
  /** Also a common word (امید، باران): a person only with evidence. */
  ambiguous?: boolean;
}

/** A title or honorific that may precede a name. */
export interface Title {
  text: string;
  kind: string;
  /** Also a given name or a common word (امیر). */
  ambiguous?: boolean;
}

/** A head noun that opens an organization or a location name. */
export interface HeadNoun<K extends string = string> {
  text: string;
  kind: K;
  /** A weak head (منطقه، خیابان) needs a known name after it. */
  weak?: boolean;
  /**
   * A number or an ordinal names it: «تیپ ۶۵», «لشکر ۱۴», «شعبه دوم». After other heads a number is no name
   * («دولت ۵۰ میلیارد»).
   */
  numbered?: boolean;
  /** An ordinal names it: «مجلس دهم», «دولت یازدهم». */
  ordinal?: boolean;
  /** Words that make it part of another noun, with no name after it: «هیئت | رئیسه», «هیئت | علمی». */
  notBefore?: string[];
  /** Before another organization it is that organization's delegation, no name: «هیئت | مجلس شورای اسلامی». */
  delegation?: boolean;
  /** A weak head a known place alone names: «دولت چین» (but «تیم ژاپن» is the country's team). */
  takesPlace?: boolean;
  /**
   * What follows names it, not the news organization it belongs to: «گروه اقتصادی | باشگاه خبرنگاران جوان» is
   * a desk of the agency, named apart (but «گروه تروریستی داعش» is one name).
   */
  ownName?: boolean;
}

/** Words around person names. */
export interface NameWords {
  /** Roles that stand in apposition to a name (رئیس‌جمهور، وزیر، سخنگوی). */
  roles: string[];
  /** Verbs of saying that follow a name (گفت، افزود). */
  personVerbsAfter: string[];
  /** Words of saying before a name, whose words a name follows (به گفته، به نقل از، سخنان). */
  personCuesBefore: string[];
  /** Words shaped like surnames that are not names (زندگی، جمهوری، هدف). */
  notNames: string[];
}

/** Rule data: head nouns and the words that end a name after them. */
export interface Triggers {
  organizationHeads: HeadNoun[];
  locationHeads: HeadNoun[];
  /** Words that end a name after a head noun, or rule the head out when right after it (سازمان «یافته»). */
  nameBoundaryWords: string[];
  presidencyWords: string[];
  republicWord: string;
  /**
   * Words before an ambiguous organization name that make it one, by the kind of organization they speak of
   * («بازیکنان استقلال» is a club, «به گزارش مهر» a news agency; `any` for every kind: «سخنگوی …»).
   */
  organizationContextWords: Record<string, string[]>;
  /**
   * Words of sports news (لیگ، سرمربی، گل، دیدار …): in a sentence with one, a club named like a city or a word
   * («لیورپول», «استقلال») is the club.
   */
  sportsContextWords: string[];
  /** Phrases that name a news source up to the next comma («به گزارش ایسنا،»). */
  reportSourcePhrases: string[];
  /** Titles of the head of an agency, before its field and place («مدیرکل محیط زیست استان البرز»). */
  agencyRoleWords: string[];
  /** Words after which a clause may open with a name: «که ظریف گفت». */
  clauseOpeningWords: string[];
  /** Parts of family names written apart in careless text («عبادی پور», «قاضی زاده»). */
  surnameSuffixWords: string[];
  /**
   * Verbs that follow the noun of a compound verb (ارائه کرد، خاطرنشان کرد): a name after a head noun does not
   * end with the word before them.
   */
  trailingVerbWords: string[];
  /** Words that end a name and belong to it, after words of no known name: «کمیسیون تلفیق برنامه مجلس». */
  nameEndWords: string[];
  /** Words before a head noun that make it an ordinary noun: «این شرکت», «هر دانشگاه». */
  headDeterminerWords: string[];
  /** Ordinal words (دوم، دهم، یازدهم): they name what a numbered head names. */
  ordinalWords: string[];
  /** Numbers written as words (یک، دو، سه): they name what a numbered head names («شبکه دو»). */
  cardinalWords: string[];
  /**
   * Compass points that name a part of a place before it: «شمال ایران», «جنوب تهران»; written whole they may
   * hold two («شمال‌غرب»).
   */
  compassWords: string[];
  /** The second point of a compound compass point written apart: «شمال | غرب ایران», «جنوب | شرقی آسیا». */
  compassSecondWords: string[];
  /**
   * Clitics of colloquial text written joined to a place's name: «ایرانم» (my Iran, I am in Iran), «ایرانه» (is
   * Iran), «آمریکاست» (is America).
   */
  placeCliticWords: string[];
  /** Words that spell a place's name and a clitic but are words of their own («شیرازه»: a book's binding). */
  notPlaceNameWords: string[];
  /**
   * Stop words that are also words of organization names («راه» of «راه و شهرسازی», «امور» of «امور مالیاتی»):
   * they stay words of names for the head-noun rules.
   */
  nameStopWords: string[];
  /** Verbs by their stems, `past/present` («رفت/رو»): their finite forms end a name after a head noun. */
  verbStems: string[];
  /**
   * The light verbs of compound verbs («کرد/کن», «شد/شو»): a word before one of their forms is the verb's noun
   * («ارائه نکرده», «قرار دارد»), not a name.
   */
  lightVerbStems: string[];
}

/**
 * A listed form whose dictionary key is also the key of other words («آقدام» folds onto «اقدام»): text
 * spelled like one of `words` (normalized, without ZWNJ and spaces) is not the form.
 */
export interface FoldingCollision {
  text: string;
  words: string[];
}

/** Everything the recognizers know out of the box. */
export interface BuiltinData {
  /** Gazetteer entries (COUNTRY, LOCATION, ORGANIZATION, PERSON). */
  entries: readonly DictionaryEntry[];
  firstNames: readonly FirstName[];
  surnames: readonly string[];
  titles: readonly Title[];
  nameWords: Readonly<NameWords>;
  stopwords: readonly string[];
  triggers: Readonly<Triggers>;
  /** Built-in forms kept apart from the words their keys fold onto (made by `scripts/build-folding-collisions.ts`). */
  foldingCollisions: readonly FoldingCollision[];
}

/**
 * `data` with its lists frozen, so that no code of ours adds to them or takes from them by mistake. The entries'
 * values, which results hand out as they are (a caller changing one would change what every later caller sees),
 * are frozen when an extractor first indexes them (`buildLexicon`): freezing all 9,000 entries and their values at
 * import, and every string list deep down before that, was a twentieth of the start-up.
 */
function freezeReachable(data: BuiltinData): BuiltinData {
  for (const list of Object.values(data)) Object.freeze(list);
  return Object.freeze(data);
}

const asEntries = (list: unknown): DictionaryEntry[] => list as DictionaryEntry[];

/** The built-in data, frozen where a caller can reach it: no caller can change what another caller sees. */
export const builtinData: BuiltinData = freezeReachable({
  entries: [
    ...asEntries(countries),
    ...asEntries(countryVariants),
    ...asEntries(worldCities),
    ...asEntries(iranPlaces),
    ...asEntries(worldPlaces),
    ...asEntries(geography),
    ...asEntries(landmarks),
    ...asEntries(organizations),
    ...asEntries(banks),
    ...asEntries(people),
  ],
  firstNames: [...(fakerFirstNames as FirstName[]), ...(firstNames as FirstName[])],
  surnames: [...(fakerSurnames as string[]), ...(surnames as string[])],
  titles: titles as Title[],
  nameWords: nameWords as NameWords,
  stopwords: stopwords as string[],
  triggers: triggers as Triggers,
  foldingCollisions: foldingCollisions as FoldingCollision[],
});
