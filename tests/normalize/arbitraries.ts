/** Persian-heavy string arbitraries for property tests. */
import fc from 'fast-check';

const PIECES = [
  'ا', 'ب', 'پ', 'ت', 'ه', 'ی', 'ي', 'ك', 'ک', 'د', 'ر', 'و', 'م', 'ن', 'ش', 'ئ', 'ۀ', 'ة', 'أ', 'آ', 'ھ',
  'می', 'نمی', 'ها', 'های', 'تر', 'ترین', 'ام', 'اند', 'ای', 'مان', 'کتاب', 'خانه', 'بندر', 'رود', 'دانم',
  '\u200c', '\u200c\u200c', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200f', '\u200e', '\ufeff', '\u00ad',
  '0', '1', '9', '۰', '۵', '٣', '.', ',', '،', '؛', '؟', '?', ';', '!', ':', '"', "'", '«', '»', '(', ')', '[', ']', '{', '}', '%', '٪', '-', 'ـ', 'ـــ',
  '\u064e', '\u0650', '\u064b', '\u0651', '\u0652', '\u0654', '\u0670',
  'a', 'Z', 'COVID-19', 'mp3', 'https://x.ir/a?b=1', 'a@b.com', '@user', '#تگ',
  '😀', '👍🏽', '🇮🇷', '1️⃣', '\ud800', '\udc00', 'ﻻ', 'ﷲ', 'ﷺ', '﷽', '&quot;', '&#39;', "'39؛", '&amp;', '&',
  '...', '…', '\r\n',
];

/** Strings made of Persian letters, affixes, spacing, digits, punctuation, Latin, emoji and lone surrogates. */
export const persianText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(''));
