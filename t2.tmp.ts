import { tokenize, sentences } from './src/tokenize/index';
import { detectLanguage } from './src/language';
import { readFileSync } from 'node:fs';
for (const s of ['می‌خواهم کتاب‌ها را ۱۴۰۲/۰۳/۱۵ و 2023-06-05 و 1402-3-15 بخرم، 3.5 و 1,000 دلار!', 'سلام 👋🏽 👨‍👩‍👧 🇮🇷 1️⃣ @ali_123 #سلام_دنیا #تست‌ها https://a.com/x?y=1. a@b.com COVID-19', 'سال ۱۳۵۸ ه.ق. آ.د.ک e.g. ﷺ'])
  console.log(tokenize(s).map(t => `${t.text}|${t.kind}`).join('  '));
console.log(sentences('قیمت ۳.۵ دلار است. ا. محمدی گفت: سال ۱۳۵۸ ه.ش بود! آیا؟ بله\nخط دوم').map(s=>s.text));
const t = readFileSync('/work/shared/corpus/caspian-summit-news.txt', 'utf8');
const toks = tokenize(t); console.log(toks.length, toks.every(x => t.slice(x.start,x.end)===x.text), toks.filter(x=>x.start>=300&&x.end<=345).map(x=>`${x.text}|${x.start}-${x.end}`).join(' '));
for (const s of ['سلام', 'این یک متن فارسی است که برای آزمایش نوشته شده است و باید فارسی تشخیص داده شود', 'هذا نص عربي قصير للاختبار في المدرسة والجامعة', 'یہ اردو زبان میں ایک مختصر متن ہے جو جانچ کے لیے لکھا گیا ہے', 'Hello world', '123']) console.log(detectLanguage(s));
