import { describe, expect, it } from 'vitest';
import { entity, found } from './helpers';

const money = (text: string): string[] => found(text, ['MONEY']);

describe('MONEY', () => {
  it.each([
    ['بودجه ۴۰ میلیارد ریال است', '۴۰ میلیارد ریال', { amount: 40e9, currency: 'IRR' }],
    ['سه میلیون دلار وام گرفت', 'سه میلیون دلار', { amount: 3e6, currency: 'USD' }],
    ['۲٫۵ میلیون یورو پرداخت شد', '۲٫۵ میلیون یورو', { amount: 2.5e6, currency: 'EUR' }],
    ['بلیت ۴۵ هزار تومان است', '۴۵ هزار تومان', { amount: 450_000, currency: 'IRR', unit: 'toman' }],
    ['۲ هزار و ۸۰۰ میلیارد تومان', '۲ هزار و ۸۰۰ میلیارد تومان', { amount: 28e12, currency: 'IRR', unit: 'toman' }],
    ['۱۲ میلیارد و ۳۰۰ میلیون ریال', '۱۲ میلیارد و ۳۰۰ میلیون ریال', { amount: 12.3e9, currency: 'IRR' }],
    ['یک و نیم میلیون درهم', 'یک و نیم میلیون درهم', { amount: 1.5e6, currency: 'AED' }],
    ['۷۰۰ پوند', '۷۰۰ پوند', { amount: 700, currency: 'GBP' }],
    ['۸۰ هزار یوآن', '۸۰ هزار یوآن', { amount: 80_000, currency: 'CNY' }],
    ['۱۰ هزار روبل', '۱۰ هزار روبل', { amount: 10_000, currency: 'RUB' }],
    ['۵۰۰ لیر', '۵۰۰ لیر', { amount: 500, currency: 'TRY' }],
    ['۹۰۰ لیره استرلینگ', '۹۰۰ لیره استرلینگ', { amount: 900, currency: 'GBP' }],
    ['قرارداد ۱۵ میلیون دلاری امضا شد', '۱۵ میلیون دلاری', { amount: 15e6, currency: 'USD' }],
    ['۴۰۰ یورویی', '۴۰۰ یورویی', { amount: 400, currency: 'EUR' }],
    ['۱٬۲۵۰٬۰۰۰ ریال', '۱٬۲۵۰٬۰۰۰ ریال', { amount: 1_250_000, currency: 'IRR' }],
    ['نرخ ۴۲ , ۱۵۰ ریال', '۴۲ , ۱۵۰ ریال', { amount: 42_150, currency: 'IRR' }],
    ['۳/۵ میلیارد دلار', '۳/۵ میلیارد دلار', { amount: 3.5e9, currency: 'USD' }],
    ['هزار میلیارد تومان', 'هزار میلیارد تومان', { amount: 1e13, currency: 'IRR', unit: 'toman' }],
  ])('%s → %s', (text, span, value) => {
    expect(money(text)).toEqual([`MONEY:${span}`]);
    expect(entity(text, span)?.value).toEqual(value);
  });

  it('reads ranges as one amount', () => {
    expect(entity('بین ۳ تا ۴ میلیون دلار', 'بین ۳ تا ۴ میلیون دلار')?.value).toEqual({ amount: 3e6, max: 4e6, currency: 'USD' });
    expect(entity('۸۰۰ الی ۹۰۰ ریال', '۸۰۰ الی ۹۰۰ ریال')?.value).toEqual({ amount: 800, max: 900, currency: 'IRR' });
    expect(entity('۷۰۰-۶۰۰ میلیارد تومان', '۷۰۰-۶۰۰ میلیارد تومان')?.value).toEqual({ amount: 6e12, max: 7e12, currency: 'IRR', unit: 'toman' });
    expect(money('از ۲۰ هزار تومان تا ۳۰ هزار تومان')).toEqual(['MONEY:از ۲۰ هزار تومان تا ۳۰ هزار تومان']);
    expect(money('۵ دلار و ۶ یورو')).toEqual(['MONEY:۵ دلار', 'MONEY:۶ یورو']);
  });

  it('reads dollars or euros and their cents as one amount', () => {
    expect(money('نفت بشکه‌ای ۵۰ دلار و ۸۲ سنت فروخته شد')).toEqual(['MONEY:۵۰ دلار و ۸۲ سنت']);
    expect(entity('نفت بشکه‌ای ۵۰ دلار و ۸۲ سنت فروخته شد', '۵۰ دلار و ۸۲ سنت')?.value).toEqual({ amount: 50.82, currency: 'USD' });
    expect(entity('قیمت چهار یورو و پنج سنت است', 'چهار یورو و پنج سنت')?.value).toEqual({ amount: 4.05, currency: 'EUR' });
  });

  it('takes no cents of a currency without them, nor a count of a hundred or more', () => {
    expect(money('۱۰ ریال و ۵ سنت')).toEqual(['MONEY:۱۰ ریال']);
    expect(money('۵۰ دلار و ۱۰۰ سنت')).toEqual(['MONEY:۵۰ دلار']);
    expect(money('۵۰ دلار و ۸۲ نفر')).toEqual(['MONEY:۵۰ دلار']);
  });

  it('gives the qualified currency, and leaves the country that names it a COUNTRY', () => {
    expect(found('۲۰۰ دینار کویت')).toEqual(['MONEY:۲۰۰ دینار', 'COUNTRY:کویت']);
    expect(entity('۲۰۰ دینار کویت', '۲۰۰ دینار')?.value).toEqual({ amount: 200, currency: 'KWD' });
    expect(entity('۳۰ دلار کانادا', '۳۰ دلار')?.value).toEqual({ amount: 30, currency: 'CAD' });
    expect(entity('۴۰ ریال عربستان', '۴۰ ریال')?.value).toEqual({ amount: 40, currency: 'SAR' });
    expect(entity('۶۰ دلار آمریکایی', '۶۰ دلار آمریکایی')?.value).toEqual({ amount: 60, currency: 'USD' });
  });

  it('takes no currency without an amount', () => {
    expect(money('نرخ دلار بالا رفت')).toEqual([]);
    expect(money('میلیون‌ها دلار هزینه شد')).toEqual([]);
    expect(money('چند میلیون دلار')).toEqual([]);
    expect(money('هزاران یورو')).toEqual([]);
    expect(money('نه دلار و نه یورو')).toEqual([]);
    expect(money('دلار، یورو و ریال')).toEqual([]);
    expect(money('بیست و پنجم دلار')).toEqual([]);
  });
});
