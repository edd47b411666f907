// The demo page: live highlighting with persian-ner, entirely in the browser. Plain JS, no framework.
import { extractEntities, renderHtml } from './persian-ner.js';

const TYPES = [
  ['PERSON', 'شخص', '#aa9cfc'],
  ['COUNTRY', 'کشور', '#feca74'],
  ['ORGANIZATION', 'سازمان', '#7aecec'],
  ['LOCATION', 'مکان', '#ff9561'],
  ['DATE', 'تاریخ', '#bfe1d9'],
  ['TIME', 'زمان', '#9cc9cc'],
  ['MONEY', 'مبلغ', '#e4e7d2'],
  ['PERCENT', 'درصد', '#ffeb80'],
];
const EXAMPLE =
  'الهام علی اف، رییس جمهوری آذربایجان، روز دوشنبه در باکو با محمد مهدی آخوندزاده، معاون وزارت امور خارجه ایران، دیدار کرد. ' +
  'دو طرف درباره همکاری کشورهای ساحلی دریای خزر گفت‌وگو کردند.\n' +
  'نشست بعدی سران در ۱۵ خرداد ۱۴۰۲ در تهران برگزار می‌شود و نمایندگان روسیه، قزاقستان و ترکمنستان نیز در آن شرکت خواهند کرد.';
const DEBOUNCE_MS = 150;

const input = document.getElementById('input');
const output = document.getElementById('output');
const json = document.getElementById('json');
const status = document.getElementById('status');
const referenceDate = document.getElementById('reference-date');
const referenceDateJalali = document.getElementById('reference-date-jalali');
const persianLabels = document.getElementById('persian-labels');
const typeBox = document.getElementById('types');

const chips = new Map();
for (const [type, label, color] of TYPES) {
  const chip = document.createElement('label');
  chip.className = 'chip';
  chip.style.background = color;
  chip.dataset.type = type;
  chip.innerHTML = `<input type="checkbox" value="${type}" checked> <span></span> <span class="count"></span>`;
  chip.querySelector('span').textContent = label;
  chip.title = type;
  typeBox.append(chip);
  chips.set(type, chip);
}

function selectedTypes() {
  return TYPES.map(([type]) => type).filter((type) => chips.get(type).querySelector('input').checked);
}

/** A number in Persian digits, with the Persian decimal separator «٫». */
const persianDigits = (n) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).replace('.', '٫');

// The Solar Hijri reference date, kept in step with the Gregorian picker. The browser's own Persian calendar
// (Intl) converts both ways: no calendar arithmetic here.
const solarHijriParts = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const DAY_MS = 86_400_000;

/** The Solar Hijri [year, month, day] of a Gregorian 'YYYY-MM-DD'. */
function toSolarHijri(isoDay) {
  const parts = solarHijriParts.formatToParts(new Date(`${isoDay}T00:00:00Z`));
  return ['year', 'month', 'day'].map((type) => Number(parts.find((p) => p.type === type).value));
}

/** The Gregorian 'YYYY-MM-DD' of a Solar Hijri day, or undefined when there is no such day (1402/12/30). */
function fromSolarHijri(year, month, day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // Nowruz falls on 20 or 21 March (year + 621); the six first months have 31 days, the next five 30
  const guess = Date.UTC(year + 621, 2, 20) + ((month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1) * DAY_MS;
  for (const shift of [0, 1, -1, 2, -2]) {
    const iso = new Date(guess + shift * DAY_MS).toISOString().slice(0, 10);
    const [y, m, d] = toSolarHijri(iso);
    if (y === year && m === month && d === day) return iso;
  }
  return undefined;
}

/** A day typed year first, in Persian, Arabic-Indic or Latin digits, with / or -: «۱۴۰۲/۱۰/۲۵». */
function parseTypedDay(text) {
  const latin = text.trim().replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(latin);
  return match ? match.slice(1).map(Number) : undefined;
}

function showSolarHijri() {
  referenceDateJalali.removeAttribute('aria-invalid');
  if (!referenceDate.value) return;
  const [year, month, day] = toSolarHijri(referenceDate.value);
  referenceDateJalali.value = persianDigits(`${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`);
}

function readSolarHijri() {
  const typed = parseTypedDay(referenceDateJalali.value);
  const iso = typed && fromSolarHijri(...typed);
  referenceDateJalali.setAttribute('aria-invalid', String(!iso));
  if (!iso) return;
  referenceDate.value = iso;
  update();
}

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const escapeText = (text) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/**
 * The entities as JSON, with every right-to-left string in a <bdi>: in the left-to-right pane the bidi algorithm
 * would otherwise move its numbers and words around the quotes («"۱۵ خرداد ۱۴۰۲"» shown as «"۱۵ ۱۴۰۲ خرداد"»).
 * The text of the pane stays the JSON itself.
 */
function jsonHtml(value) {
  return escapeText(JSON.stringify(value, null, 2)).replace(/"((?:[^"\\\n]|\\.)*)"/g, (literal, inner) => (RIGHT_TO_LEFT.test(inner) ? `"<bdi>${inner}</bdi>"` : literal));
}

function update() {
  const text = input.value;
  const types = selectedTypes();
  const options = { types };
  if (referenceDate.value) options.referenceDate = referenceDate.value;
  let entities;
  const started = performance.now();
  try {
    entities = extractEntities(text, options);
  } catch (error) {
    output.dataset.state = 'error';
    output.textContent = `خطا: ${error.message}`;
    return;
  }
  const elapsed = performance.now() - started;
  output.innerHTML = renderHtml(text, entities, { labels: persianLabels.checked ? 'fa' : 'en', legend: false });
  json.innerHTML = jsonHtml(entities);

  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const [type, chip] of chips) {
    chip.classList.toggle('off', !types.includes(type));
    chip.querySelector('.count').textContent = counts.get(type) ? persianDigits(counts.get(type)) : '';
  }
  status.textContent = `${persianDigits(entities.length)} موجودیت · ${persianDigits(elapsed.toFixed(1))} میلی‌ثانیه`;
  // For tests and curious readers: what has been rendered.
  output.dataset.state = 'ready';
  output.dataset.textLength = String(text.length);
  output.dataset.count = String(entities.length);
}

let timer;
function scheduleUpdate() {
  clearTimeout(timer);
  output.dataset.state = 'pending';
  timer = setTimeout(update, DEBOUNCE_MS);
}

input.addEventListener('input', scheduleUpdate);
typeBox.addEventListener('change', update);
referenceDate.addEventListener('change', () => {
  showSolarHijri();
  update();
});
referenceDateJalali.addEventListener('change', readSolarHijri);
persianLabels.addEventListener('change', update);

referenceDate.value = new Date().toISOString().slice(0, 10);
showSolarHijri();
input.value = EXAMPLE;
update();
