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

const persianDigits = (n) => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);

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
  json.textContent = JSON.stringify(entities, null, 2);

  const counts = new Map();
  for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  for (const [type, chip] of chips) {
    chip.classList.toggle('off', !types.includes(type));
    chip.querySelector('.count').textContent = counts.get(type) ? persianDigits(counts.get(type)) : '';
  }
  status.textContent = `${persianDigits(entities.length)} موجودیت · ${elapsed.toFixed(1)} ms`;
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
referenceDate.addEventListener('change', update);
persianLabels.addEventListener('change', update);

referenceDate.value = new Date().toISOString().slice(0, 10);
input.value = EXAMPLE;
update();
