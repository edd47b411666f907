import { describe, expect, it } from 'vitest';
import { dictionaryKey, normalize, normalizeWithMap, type NormalizeOptions } from '../../src/normalize/index';

describe('letters', () => {
  it.each([
    ['ويراستار', 'ویراستار'],
    ['كتاب', 'کتاب'],
    ['ھمه', 'همه'],
    ['مدرسة', 'مدرسه'],
    ['خانۀ', 'خانه'],
    ['ﻻ', 'لا'],
    ['ﷲ', 'الله'],
    ['ﷺ', 'صلی الله علیه و سلم'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it('keeps hamza letters and alef-hamza by default', () => {
    expect(normalize('رئیس')).toBe('رئیس');
    expect(normalize('مؤسسه')).toBe('مؤسسه');
    expect(normalize('أحمد')).toBe('أحمد');
    expect(normalize('أحمد', { alefHamza: true })).toBe('احمد');
  });

  it('switches letter rules off', () => {
    expect(normalize('كتاب', { persianLetters: false })).toBe('كتاب');
    expect(normalize('مدرسة', { tehMarbuta: false })).toBe('مدرسة');
    expect(normalize('ﻻ', { presentationForms: false })).toBe('ﻻ');
  });
});

describe('diacritics and kashida', () => {
  it('removes diacritics but keeps hamza letters', () => {
    expect(normalize('اِعلام کَرد')).toBe('اعلام کرد');
    expect(normalize('مُحَمَّد')).toBe('محمد');
    expect(normalize('رئیس')).toBe('رئیس');
    expect(normalize('مُحَمَّد', { diacritics: false })).toBe('مُحَمَّد');
  });
  it('removes kashida inside words, keeps a dash elsewhere', () => {
    expect(normalize('رمــــان')).toBe('رمان');
    expect(normalize('۱۱ـ۲۳')).toBe('۱۱–۲۳');
  });
  it('is idempotent where a deleted character (ZWNJ, a mark) stood before a URL, inside a number or a word', () => {
    // found by the idempotence property: the first pass protected the URL, the second (without the ZWNJ) did not
    for (const input of ['+\u200chttps://x.ir/a?b=1', 'a@b.com\u0654https://x.ir/a?b=1', '!\u00ad1\u200c.72', '۱۵.\u064bـ۱', 'نمی  ﷲ\u200c\u200cرود']) {
      const once = normalize(input);
      expect(normalize(once)).toBe(once);
    }
  });
  it('spaces a sentence end before a word the same way past one ZWNJ or several', () => {
    // found by the idempotence property: two ZWNJ after «.» hid the word, and the space came a pass later
    expect(normalize('ایرانی.\u200c\u200cجمهوری')).toBe('ایرانی. جمهوری');
    expect(normalize('ایرانی.\u200cجمهوری')).toBe('ایرانی. جمهوری');
    expect(normalize('الله?\u200c"۴ها')).toBe('الله؟ «۴ها');
  });
  it('decides a Persian semicolon alike before and after spaces collapse', () => {
    // found by the idempotence property: the nearest letter was 24 units away in one pass and 23 in the next
    const input = '&; & \u0650 \u{939fa}\u{a2f37}\u{35531}\u{9ab14}\u{77707}\u{89a14} 🏳️‍🌈 ة';
    const once = normalize(input);
    expect(normalize(once)).toBe(once);
  });
  it('reads a sign between digits alike with or without a space before it', () => {
    // found by the idempotence property: «۰ ?3» kept «?» Latin for the space, «؟» once the space was there
    const once = normalize('ۀ 0  ?3');
    expect(normalize(once)).toBe(once);
  });
  it('drops the medial presentation forms of the marks (a kashida carrying a mark), idempotently', () => {
    // found by the hostile-input property test: «ﹿ» became a bare kashida, which a second pass made a dash
    for (const form of ['ﹱ', 'ﹷ', 'ﹹ', 'ﹻ', 'ﹽ', 'ﹿ', 'ﳲ', 'ﳳ', 'ﳴ']) {
      expect(normalize(form)).toBe('');
      expect(normalize(`کتا${form}ب`)).toBe('کتاب');
    }
  });
});

describe('digits', () => {
  it('unifies digits to Persian by default with decimal and thousands separators', () => {
    expect(normalize('سال 2012 و ٣')).toBe('سال ۲۰۱۲ و ۳');
    expect(normalize('قیمت 3.5 دلار')).toBe('قیمت ۳٫۵ دلار');
    expect(normalize('1,000 تومان')).toBe('۱٬۰۰۰ تومان');
  });
  it('converts to Latin or keeps', () => {
    expect(normalize('۱۲۳٫۵ و ٤', { digits: 'en' })).toBe('123.5 و 4');
    expect(normalize('۱۲3', { digits: 'keep' })).toBe('۱۲3');
  });
  it('leaves digits of Latin identifiers, URLs and e-mails alone', () => {
    expect(normalize('COVID-19 و mp3 و user123')).toBe('COVID-19 و mp3 و user123');
    expect(normalize('https://example.com/a1?b=2 را ببین')).toBe('https://example.com/a1?b=2 را ببین');
    expect(normalize('ali99@mail.com')).toBe('ali99@mail.com');
  });
  it('does not treat version-like numbers as decimals', () => {
    expect(normalize('1.2.3')).toBe('۱.۲.۳');
    expect(normalize('12,34')).toBe('۱۲,۳۴');
  });
});

describe('spacing and ZWNJ', () => {
  it('turns odd spaces into spaces, collapses runs and trims lines, keeps line breaks', () => {
    expect(normalize('  سلام\u00a0\u2009 دنیا  \n  خوبی  ')).toBe('سلام دنیا\nخوبی');
  });
  it('removes bidi controls and BOM', () => {
    expect(normalize('\ufeffسلام\u200f دنیا\u202a')).toBe('سلام دنیا');
  });
  it('collapses ZWNJ runs and removes ZWNJ that joins nothing', () => {
    expect(normalize('می‌\u200c\u200cرود')).toBe('می‌رود');
    expect(normalize('\u200cسلام\u200c')).toBe('سلام');
    expect(normalize('بندر\u200cها')).toBe('بندرها');
    expect(normalize('کتاب\u200c ها')).toBe('کتاب‌ها');
  });
  it('places ZWNJ after the prefixes می / نمی before a verb', () => {
    expect(normalize('می رود')).toBe('می‌رود');
    expect(normalize('نمی دانم')).toBe('نمی‌دانم');
    expect(normalize('می رفت')).toBe('می‌رفت');
  });
  it('does not glue می that is not a prefix', () => {
    expect(normalize('۱۵ می ۲۰۲۳')).toBe('۱۵ می ۲۰۲۳');
    expect(normalize('می ناب')).toBe('می ناب');
    expect(normalize('می', {})).toBe('می');
  });
  it('places ZWNJ before suffixes after joining letters, nothing after non-joining ones', () => {
    expect(normalize('کتاب ها')).toBe('کتاب‌ها');
    expect(normalize('بزرگ تر')).toBe('بزرگ‌تر');
    expect(normalize('بزرگ ترین')).toBe('بزرگ‌ترین');
    expect(normalize('بندر ها')).toBe('بندرها');
    expect(normalize('زیبا تر')).toBe('زیباتر');
    expect(normalize('رفته اند')).toBe('رفته‌اند');
    expect(normalize('خانه ای')).toBe('خانه‌ای');
  });
  it('does not glue suffix look-alikes', () => {
    expect(normalize('ها! چه خبر')).toBe('ها! چه خبر');
    expect(normalize('ای خدا')).toBe('ای خدا');
    expect(normalize('گفت ای خدا')).toBe('گفت ای خدا');
    expect(normalize('که ها')).toBe('که ها');
    expect(normalize('کتاب ها', { affixes: false })).toBe('کتاب ها');
  });
});

describe('punctuation', () => {
  it('converts ? ; , in Persian context', () => {
    expect(normalize('چطوری?')).toBe('چطوری؟');
    expect(normalize('سلام, دنیا; خوبی')).toBe('سلام، دنیا؛ خوبی');
  });
  it('keeps Latin punctuation in Latin text, numbers and URLs', () => {
    expect(normalize('Hello, world?')).toBe('Hello, world?');
    expect(normalize('http://a.com/?q=1,2')).toBe('http://a.com/?q=1,2');
    expect(normalize('سلام?', { punctuation: false })).toBe('سلام?');
  });
  it('fixes spacing around punctuation', () => {
    expect(normalize('سلام ، دنیا .')).toBe('سلام، دنیا.');
    expect(normalize('کرد.بعد')).toBe('کرد. بعد');
    expect(normalize('( متن )')).toBe('(متن)');
  });
  it('keeps dots of abbreviations and times', () => {
    expect(normalize('سال ۱۳۵۸ ه.ش')).toBe('سال ۱۳۵۸ ه.ش');
    expect(normalize('ساعت ۱۰:۳۰')).toBe('ساعت ۱۰:۳۰');
  });
  it('turns straight quotes around Persian into guillemets, not in Latin or HTML', () => {
    expect(normalize('گفت "سلام" و رفت')).toBe('گفت «سلام» و رفت');
    expect(normalize('"hello"')).toBe('"hello"');
    expect(normalize('<a title="سلام">')).toBe('<a title="سلام">');
    expect(normalize('"سلام"', { quotes: false })).toBe('"سلام"');
  });
  it('uses ٪ after Persian digits', () => {
    expect(normalize('96%')).toBe('۹۶٪');
  });
});

describe('HTML entities and debris', () => {
  it('decodes entities', () => {
    expect(normalize('&quot;سلام&quot;')).toBe('«سلام»');
    expect(normalize('a &amp; b')).toBe('a & b');
    expect(normalize('&#1740;')).toBe('ی');
    expect(normalize('a&nbsp;b')).toBe('a b');
  });
  it('turns apostrophe-entity debris into quotes that do not attach to the name', () => {
    const input = "آذربایجان : '39؛ الهام علی اف'39؛ رییس";
    const n = normalizeWithMap(input);
    expect(n.text).toBe('آذربایجان: «الهام علی اف» رییس');
    const s = n.text.indexOf('الهام');
    expect(n.toOriginalSpan(s, s + 'الهام علی اف'.length)).toEqual([input.indexOf('الهام'), input.indexOf("اف'") + 2]);
  });
  it('leaves ampersands that are no entity', () => {
    expect(normalize('AT&T')).toBe('AT&T');
    expect(normalize('&quot;x', { htmlEntities: false })).toBe('&quot;x');
  });
});

describe('offset map', () => {
  it('maps spans over removed and inserted characters', () => {
    const input = 'مُحَمَّد می رود';
    const n = normalizeWithMap(input);
    expect(n.text).toBe('محمد می‌رود');
    expect(n.toOriginalSpan(0, 4)).toEqual([0, 8]);
    // The ZWNJ replaced the space: it maps to the space.
    expect(n.toOriginalSpan(7, 8)).toEqual([11, 12]);
    expect(n.toOriginalSpan(5, 11)).toEqual([9, 15]);
  });
  it('excludes removed characters at the edges', () => {
    const input = '\u200fسلام\u200f';
    const n = normalizeWithMap(input);
    expect(n.toOriginalSpan(0, 4)).toEqual([1, 5]);
  });
  it('maps an inserted space to an empty span', () => {
    const n = normalizeWithMap('کرد.بعد');
    expect(n.text).toBe('کرد. بعد');
    expect(n.toOriginalSpan(4, 5)).toEqual([4, 4]);
    expect(n.toOriginalSpan(5, 8)).toEqual([4, 7]);
  });
  it('never splits a surrogate pair', () => {
    const n = normalizeWithMap('a😀b');
    expect(n.toOriginalSpan(1, 2)).toEqual([1, 3]);
  });
});

describe('dictionaryKey', () => {
  it('folds spelling variants together', () => {
    expect(dictionaryKey('رئیس')).toBe(dictionaryKey('رییس'));
    expect(dictionaryKey('آمریکا')).toBe(dictionaryKey('امریکا'));
    expect(dictionaryKey('علی‌اف')).toBe(dictionaryKey('علی اف'));
    expect(dictionaryKey('علیاف')).toBe(dictionaryKey('علی اف'));
    expect(dictionaryKey('مؤسسه')).toBe(dictionaryKey('موسسه'));
    expect(dictionaryKey('كتاب')).toBe(dictionaryKey('کتاب'));
  });
  it('keeps different words apart', () => {
    expect(dictionaryKey('ایران')).not.toBe(dictionaryKey('ایرانی'));
    expect(dictionaryKey('علی')).not.toBe(dictionaryKey('ولی'));
  });
});

describe('numbers across dropped marks', () => {
  it('reads a number through a bidi mark the same way before and after the mark is gone (idempotence)', () => {
    expect(normalize('0\u200F.0')).toBe('۰٫۰');
    expect(normalize(normalize('0\u200F.0'))).toBe('۰٫۰');
    expect(normalize('1\u200F,000\u200E,000')).toBe('۱٬۰۰۰٬۰۰۰');
  });
});

describe('invisible characters', () => {
  it('reads a zero-width space or soft hyphen inside a Persian word as a ZWNJ, and removes it elsewhere', () => {
    expect(normalize('کتاب\u200bخانه')).toBe('کتاب‌خانه');
    expect(normalize('کتاب\u00adخانه')).toBe('کتاب‌خانه');
    expect(normalize('ساده\u200bترین')).toBe('ساده‌ترین');
    expect(normalize('آزاد\u200bشده')).toBe('آزادشده'); // after a non-joining letter the ZWNJ joins nothing
    expect(normalize('سلام\u200b دنیا')).toBe('سلام دنیا');
    expect(normalize('foo\u200bbar')).toBe('foobar');
    // with the ZWNJ step off it is just removed (as ParsiNorm does), with the controls step off it stays
    expect(normalize('کتاب\u200bخانه', { zwnj: false })).toBe('کتابخانه');
    expect(normalize('a\u200bb', { controls: false, zwnj: false })).toBe('a\u200bb');
  });

  it('neither merges two words at a bidi mark between their letters nor splits one', () => {
    expect(normalize('این\u200fیک')).toBe('این یک');
    expect(normalize('این\u200eیک\u200fمتن')).toBe('این یک متن');
    expect(normalize('خانه\u200fها')).toBe('خانه‌ها');
    expect(normalize('می\u200fروم')).toBe('می‌روم');
    expect(normalize('Google\u200fگفت')).toBe('Google گفت');
    // elsewhere the mark goes: at word edges, in numbers
    expect(normalize('\u200fسلام\u200f دنیا')).toBe('سلام دنیا');
    expect(normalize('۱۲\u200f۳')).toBe('۱۲۳');
  });
});

describe('digits glued to letters', () => {
  it.each([
    ['به طول ۹متر و عرض۶', 'به طول ۹ متر و عرض ۶'],
    ['مسافت۹ کیلومتر', 'مسافت ۹ کیلومتر'],
    ['سال۱۴۰۲', 'سال ۱۴۰۲'],
    ['3بار', '۳ بار'],
    ['۹\u200cمتر', '۹ متر'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it('keeps ordinal and plural endings, tags, identifiers and URLs as they are', () => {
    for (const text of ['۲۰مین سالگرد', '۱۲ام', '۵۰امین', 'دهه ۶۰ها', '#سال۱۴۰۲', '@علی۱۲', 'mp3', 'https://x.ir/خبر۱۲']) {
      expect(normalize(text)).toBe(text);
    }
    expect(normalize('عرض۶', { spacing: false })).toBe('عرض۶');
  });

  it('lets a word that had digits glued to it take its prefix (idempotence)', () => {
    expect(normalize('می رود۵')).toBe('می‌رود ۵');
    expect(normalize(normalize('می رود۵'))).toBe('می‌رود ۵');
  });
});

describe('rare letters of the Arabic script', () => {
  it.each([
    ['ڪتاب', 'کتاب'], // swash kaf
    ['ڪودڪۍ', 'کودکی'], // yeh with tail
    ['ﻙﯘݙݤﮮ', 'کودکی'], // presentation forms of rare letters
    ['كڪيىۍېہە', 'ککییییهه'],
    ['ٹ ڈ ڑ ں', 'ت د ر ن'],
    ['ۆ ێ ڵ ڕ', 'و ی ل ر'],
    ['ڤ ڠ ڨ', 'ف غ ق'],
    ['ٲ', 'أ'],
  ])('%s → %s', (input, expected) => expect(normalize(input)).toBe(expected));

  it('folds every letter of the Arabic, Arabic Supplement and Arabic Extended blocks to a Persian letter', () => {
    const persian = new Set([...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءة']);
    // kept on purpose: alef wasla (the alefHamza option), the tatweel forms carrying a mark, and the Quranic signs
    // that are not letters of a word
    const kept = new Set([0x0671, 0x0883, 0x0884, 0x0885, 0x0887, 0x088e, 0x088f]);
    const unfolded: string[] = [];
    for (const [from, to] of [[0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x089f], [0x08a0, 0x08ff]] as const) {
      for (let c = from; c <= to; c++) {
        const letter = String.fromCodePoint(c);
        if (!/\p{L}/u.test(letter) || kept.has(c)) continue;
        const folded = normalize(`ب${letter}ب`).slice(1, -1);
        if (![...folded].every((x) => persian.has(x))) unfolded.push(`U+${c.toString(16)} ${letter} → ${folded}`);
      }
    }
    expect(unfolded).toEqual([]);
  });

  it('leaves them with persianLetters off', () => {
    expect(normalize('ڪتاب', { persianLetters: false })).toBe('ڪتاب');
  });
});

describe('idempotence where the option-set properties found it broken', () => {
  // each was a counterexample of the idempotence property under the options given
  it.each([
    ['می &rlm;', {}],
    ['0.&zwnj;٣', {}],
    ['0ها\u200cمی ', {}],
    ['جمعهها\u00adی می ', {}],
    ['می و\u200cمی ', { persianLetters: false }],
    ['ماه می تر های می ', { ezafe: 'keep' }],
    ['می\u00ad﷽', { controls: false }],
    ['می\u00ad&zwnj;ا', { controls: false }],
    ['خانه\u200cٔ\u200bمی ', { controls: false }],
    ['٣&zwnj;9', { zwnj: false }],
    ['عرض۶\u200c .', { zwnj: false }],
    ['؛&zwnj;می ', { zwnj: false }],
    ['&Gّt;می ', { presentationForms: false }],
    ['۲۰مین\u200bٔا', { diacritics: false }],
    ['2023\u200eهای\u200c\u064b', { diacritics: false }],
    ['#سال۱۴۰۲\u200bhttps://x.ir/a?b=1ا', { digits: 'en' }],
    ['۱۵&zwnj;https://x.ir/a?b=1', {}],
    ['می 0&rlm;https://x.ir/a?b=1', {}],
    ['ھ\u200c\u200cٔ', { diacritics: false }],
    ['ۀ.ء\u200cمی ', { ezafe: 'hamza' }],
  ] as ReadonlyArray<[string, NormalizeOptions]>)('%j %j', (input, options) => {
    const once = normalize(input, options);
    expect(normalize(once, options)).toBe(once);
  });
});
