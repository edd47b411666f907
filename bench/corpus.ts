// The benchmark corpus: the founding article (examples/sample-news.txt) plus synthetic Persian news
// sentences made from the templates below with a seeded PRNG, so every run benchmarks the same text.
// Nothing here comes from research datasets: every word list is written for this file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seeded PRNG (deterministic across runs and platforms). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  title: ['آقای', 'خانم', 'دکتر', 'مهندس', 'حجت‌الاسلام', 'سردار', 'استاد', 'آیت‌الله'],
  given: ['محمد', 'علی', 'حسن', 'زهرا', 'مریم', 'رضا', 'فاطمه', 'مهدی', 'سارا', 'امیرحسین', 'نرگس', 'کاوه', 'شیرین', 'بهرام'],
  family: ['احمدی', 'رضایی', 'محمدی', 'کریمی', 'حسینی', 'موسوی', 'جعفری', 'صادقی', 'نوروزی', 'قاسمی', 'آخوندزاده', 'تهرانی'],
  role: ['رئیس جمهور', 'وزیر امور خارجه', 'سخنگوی دولت', 'نماینده مجلس', 'استاندار', 'شهردار', 'مدیرعامل', 'سفیر'],
  country: ['ایران', 'ترکیه', 'آذربایجان', 'روسیه', 'آلمان', 'فرانسه', 'چین', 'ژاپن', 'عراق', 'افغانستان', 'هند', 'برزیل'],
  city: ['تهران', 'مشهد', 'اصفهان', 'تبریز', 'شیراز', 'باکو', 'مسکو', 'برلین', 'پاریس', 'کابل', 'رشت', 'کرمان'],
  place: ['دریای خزر', 'خلیج فارس', 'کوه دماوند', 'رود کارون', 'جزیره کیش', 'دریاچه ارومیه', 'استان گیلان'],
  organization: ['وزارت امور خارجه', 'سازمان ملل متحد', 'دانشگاه تهران', 'بانک مرکزی', 'مجلس شورای اسلامی', 'خبرگزاری ایرنا', 'شرکت ملی نفت', 'فدراسیون فوتبال'],
  month: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  gregorianMonth: ['ژانویه', 'فوریه', 'مارس', 'آوریل', 'مه', 'ژوئن', 'ژوئیه', 'اوت', 'سپتامبر', 'اکتبر', 'نوامبر', 'دسامبر'],
  weekday: ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه'],
  relative: ['امروز', 'دیروز', 'هفته گذشته', 'سال گذشته', 'ماه آینده', 'پریروز'],
  verb: ['گفت', 'اعلام کرد', 'تأکید کرد', 'خبر داد', 'می‌گوید', 'نوشته‌است', 'بررسی شد', 'برگزار می‌شود'],
  topic: ['همکاری‌های اقتصادی', 'امنیت منطقه', 'قیمت نفت', 'نرخ تورم', 'محیط زیست', 'انرژی‌های تجدیدپذیر', 'گردشگری', 'آموزش عالی'],
  latin: ['OPEC', 'UN', 'iPhone 15', 'COVID-19', 'GDP', 'Wi-Fi'],
  url: ['https://example.com/news/12345', 'www.example.org', 'info@example.com', '#خبر_فوری', '@news_agency'],
  emoji: ['😀', '👍🏽', '🇮🇷', '📈', '⚽'],
} as const;

type Slot = keyof typeof WORDS | 'digits' | 'year' | 'gregorianYear' | 'day' | 'monthNumber' | 'percent';

/** Sentence templates: `{slot}` is filled from WORDS or a number generator. */
const TEMPLATES = [
  '{title} {given} {family} {role} {country} روز {weekday} {day} {month} {year} در {city} {verb}.',
  '{organization} درباره {topic} در {place} {verb}.',
  'به گزارش {organization}، {given} {family} {relative} با {role} {country} دیدار کرد.',
  'در {day} {gregorianMonth} {gregorianYear} میلادی نشست {organization} در {city} برگزار شد؛ {digits} نفر حضور داشتند.',
  'نرخ رشد {topic} در {country} به {percent} درصد رسید و «{given} {family}» این را {verb}.',
  '{city} میزبان {digits} گردشگر از {country} بود {emoji}',
  'جزئیات بیشتر در {url} منتشر شده‌است ({latin}).',
  'آیا {organization} تا {year}/{monthNumber}/{day} تصمیم می‌گیرد؟',
  '{title} {family}، {role} پیشین، {relative} در {place} {verb} که {topic} مهم است!',
  'می‌خواهم بدانم چرا {latin} در {city} گران‌تر شده‌است…',
];

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const toPersianDigits = (n: number): string => String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

function fill(template: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const numbers: Record<string, () => string> = {
    digits: () => toPersianDigits(1 + Math.floor(random() * 5000)),
    year: () => toPersianDigits(1350 + Math.floor(random() * 55)),
    gregorianYear: () => toPersianDigits(1990 + Math.floor(random() * 35)),
    day: () => toPersianDigits(1 + Math.floor(random() * 28)),
    monthNumber: () => toPersianDigits(1 + Math.floor(random() * 12)).padStart(2, '۰'),
    percent: () => `${toPersianDigits(Math.floor(random() * 40))}٫${toPersianDigits(Math.floor(random() * 10))}`,
  };
  return template.replace(/\{(\w+)\}/g, (_, slot: Slot) => {
    const number = numbers[slot];
    if (number) return number();
    return pick(WORDS[slot as keyof typeof WORDS]);
  });
}

/** A paragraph of 3 to 7 synthetic sentences. */
function paragraph(random: () => number): string {
  const count = 3 + Math.floor(random() * 5);
  return Array.from({ length: count }, () => fill(TEMPLATES[Math.floor(random() * TEMPLATES.length)] ?? '', random)).join(' ');
}

/** The sample article shipped with the package. */
export function sampleNews(root: string): string {
  return readFileSync(join(root, 'examples/sample-news.txt'), 'utf8');
}

/**
 * The corpus: the sample article, then synthetic paragraphs (separated by blank lines), the sample
 * article again every ~200 KB, until `targetBytes` of UTF-8.
 */
export function makeCorpus(root: string, targetBytes: number, seed = 20240115): string {
  const random = seededRandom(seed);
  const sample = sampleNews(root);
  const parts: string[] = [sample];
  let bytes = Buffer.byteLength(sample);
  let sinceSample = 0;
  while (bytes < targetBytes) {
    const piece = sinceSample > 200_000 ? sample : paragraph(random);
    sinceSample = piece === sample ? 0 : sinceSample + piece.length;
    parts.push(piece);
    bytes += Buffer.byteLength(piece) + 2;
  }
  return parts.join('\n\n');
}

/** Synthetic user-dictionary entries: made-up person names (given + family + a numbered suffix). */
export function syntheticNames(count: number, seed = 7): Array<{ type: string; text: string }> {
  const random = seededRandom(seed);
  const syllables = ['کا', 'مه', 'ری', 'سا', 'نو', 'به', 'دا', 'فر', 'زا', 'لی', 'تو', 'گل', 'پر', 'شا', 'یا', 'رو'];
  const word = (length: number): string =>
    Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const seen = new Set<string>();
  const out: Array<{ type: string; text: string }> = [];
  while (out.length < count) {
    const text = `${word(2 + Math.floor(random() * 2))} ${word(3)}${random() < 0.5 ? 'ی' : 'پور'}`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ type: 'PERSON', text });
  }
  return out;
}
