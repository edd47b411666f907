/**
 * Cleaning of names that come from registry sources (CLDR, world-countries, GeoNames), and the test for names
 * that are also common Persian words.
 */
import { dictionaryKey, normalize } from '../../src/normalize/index';

/** Arabic letter forms that Persian writes differently. */
const LETTER_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[يى]/g, 'ی'],
  [/ك/g, 'ک'],
  [/ة/g, 'ه'],
  [/[ۀ]/g, 'ه'],
];

/**
 * Harakat, tanwin, superscript alef, the hamza written above final he (متحدهٔ → متحده), tatweel, and the
 * bidirectional/format marks that GeoNames strings carry (LRM, RLM, embeddings). ZWNJ (U+200C) is kept.
 */
const MARKS = /[\u064B-\u065F\u0670\u0640\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * A source name in normalized Persian: Persian letters, no diacritics or bidi marks, single spaces, then the
 * project normalizer on top (so the stored text is what the matcher itself produces).
 */
export function cleanSourceName(raw: string): string {
  let text = raw.normalize('NFC').replace(MARKS, '');
  for (const [from, to] of LETTER_FOLDS) text = text.replace(from, to);
  text = text.replace(/\s*\u200c\s*/g, '\u200c').replace(/\s+/g, ' ').trim();
  return normalize(text);
}

/** How many letters a name has (spaces, ZWNJ and punctuation do not count). */
export function letterCount(text: string): number {
  return [...text].filter((ch) => /\p{L}/u.test(ch)).length;
}

/**
 * Frequent Persian words that are also place names somewhere (mostly GeoNames transliterations) or that a
 * naive gazetteer would otherwise hit. A name that is also a word needs context, not a dictionary hit, so a
 * generated entry with one of these texts is dropped; curated entries mark them `ambiguous` instead.
 */
export const COMMON_WORDS: readonly string[] = [
  'ماهه', // Mahé (Seychelles) in CLDR; also «… ماهه» (…-month)
  'آب', 'آباد', 'آبادی', 'آذر', 'آرام', 'آزاد', 'آزادی', 'آسمان', 'آفتاب', 'آینده', 'آیین', 'ابر', 'اتحاد',
  'احمد', 'اختر', 'ارم', 'استقلال', 'اسلام', 'اطلاعات', 'امید', 'امین', 'امیر', 'انار', 'انقلاب', 'اول', 'ایمان',
  'باران', 'باغ', 'بام', 'بانو', 'بخش', 'بدر', 'برج', 'برف', 'بزرگ', 'بلند', 'بندر', 'بهار', 'بهشت', 'بوستان', 'پارس',
  'پارک', 'پایان', 'پرت', 'پرواز', 'پیام', 'پیروزی', 'تاج', 'تازه', 'تپه', 'ترک', 'تنگ', 'تور', 'توران', 'ثابت', 'جام',
  'جنت', 'جوان', 'جهان', 'چمن', 'چشمه', 'حسن', 'حسین', 'حق', 'حیات', 'خاتم', 'خبر', 'خرم', 'خلیج', 'خورشید', 'خوب',
  'خیر', 'دانش', 'دره', 'دریا', 'دریاچه', 'دشت', 'دل', 'دولت', 'دوشنبه', 'دین', 'راه', 'رحمت', 'رضا', 'رود', 'روز',
  'روشن', 'ری', 'زمان', 'زمین', 'زیبا', 'ساحل', 'سبز', 'ستاره', 'سرخ', 'سرو', 'سفید', 'سلام', 'سلامت', 'سیاه', 'سینا',
  'شاه', 'شب', 'شرق', 'شرقی', 'شمال', 'شهر', 'شهید', 'شیر', 'صبح', 'صلح', 'طلا', 'عدالت', 'عشق', 'علی', 'غرب', 'غربی',
  'فتح', 'فجر', 'فردا', 'فردوس', 'فرودگاه', 'قلعه', 'کار', 'کاخ', 'کریسمس', 'کوه', 'کوثر', 'گل', 'گلستان', 'لاله',
  'ماه', 'مالی', 'مانی', 'مرکز', 'مرکزی', 'مروارید', 'مصر', 'ملت', 'ملی', 'مهر', 'میدان', 'میلاد', 'نجات', 'نصر',
  'نگین', 'نو', 'نور', 'نوین', 'هدف', 'همت', 'وحدت', 'وطن', 'یاس', 'یاسمن', 'یکم', 'قناری', 'داروین', 'سنتر', 'نوم',
  'تول', 'پلاتا', 'کانتون', 'سن', 'سان', 'سنت', 'لا', 'ال', 'جنوب', 'جنوبی', 'شمالی', 'پیروز', 'رستم',
  'منصور', 'محمد', 'مریم', 'زهرا', 'فاطمه', 'سارا', 'آزادشهر', 'بیشه', 'کرانه', 'گنج', 'مدرسه', 'مسجد',
  'بازار', 'کاشانه', 'دار', 'دارا', 'سرا', 'ده', 'جزیره', 'کویر', 'کنار', 'بر', 'پل', 'پلان', 'سد', 'شاهد', 'تولید',
];

/** The lookup keys of {@link COMMON_WORDS} plus the given stop words. */
export function commonWordKeys(stopwords: readonly string[]): ReadonlySet<string> {
  return new Set([...COMMON_WORDS, ...stopwords].map((word) => dictionaryKey(cleanSourceName(word))));
}

/** Why a source name may not become an entry on its own, or `undefined` when it may. */
export function rejectionReason(text: string, commonKeys: ReadonlySet<string>): string | undefined {
  if (text === '') return 'empty';
  if (!/[\u0600-\u06FF]/.test(text)) return 'not Persian';
  if (/[()«»"،,؛:\-–]|\s-\s/.test(text)) return 'contains punctuation (a qualifier, not a name)';
  if (letterCount(text) <= 2) return 'two letters or fewer';
  if (commonKeys.has(dictionaryKey(text))) return 'common word';
  return undefined;
}
