// Run from the repository after `npm run build`: node examples/node-cjs.cjs
const { extractEntities, normalize, tokenize } = require('persian-ner');

const text = 'نشست سران کشورهای ساحلی دریای خزر در ۱۵ خرداد ۱۴۰۲ در تهران برگزار شد.';

console.log(normalize('كتاب‌هاي ۱۲۳')); // unified letters (ك → ک, ي → ی)
console.log(tokenize(text).length, 'tokens');
for (const e of extractEntities(text)) console.log(e.type, e.text, JSON.stringify(e.value));
