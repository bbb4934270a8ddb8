/**
 * Money figures with their currency: "$1.6 billion" → 1600000000 USD, "€200m", "US$5 bn",
 * "500 million euros", "Rs 300 crore". The amount is in whole units; the kind is `estimated`
 * when the text hedges the figure ("about", "an estimated", "to the tune of") and
 * `cumulative` when it is a running total.
 */
import type { Value } from '../data/schema';

const SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['A$', 'AUD'], ['C$', 'CAD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['R$', 'BRL'], ['$', 'USD'],
  ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₺', 'TRY'], ['₩', 'KRW'], ['₪', 'ILS'], ['₼', 'AZN'],
  ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['Rs.', 'INR'], ['Rs', 'INR'],
];
const WORDS: [RegExp, string][] = [
  [/^(?:US\s+)?dollars?$/i, 'USD'], [/^euros?$/i, 'EUR'], [/^(?:pounds?(?:\s+sterling)?|sterling)$/i, 'GBP'], [/^yen$/i, 'JPY'],
  [/^(?:yuan|renminbi)$/i, 'CNY'], [/^(?:Indian\s+)?rupees?$/i, 'INR'], [/^Pakistani\s+rupees?$/i, 'PKR'], [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^(?:Turkish\s+)?lira$/i, 'TRY'], [/^(?:shekels?|NIS)$/i, 'ILS'], [/^manats?$/i, 'AZN'], [/^(?:Norwegian\s+)?kroner$/i, 'NOK'],
  [/^reais$/i, 'BRL'], [/^birr$/i, 'ETB'], [/^nakfa$/i, 'ERN'], [/^drams?$/i, 'AMD'], [/^(?:South\s+Korean\s+)?won$/i, 'KRW'],
  [/^Argentine\s+pesos?$/i, 'ARS'], [/^Chilean\s+pesos?$/i, 'CLP'], [/^Cuban\s+pesos?$/i, 'CUP'], [/^bolivianos?$/i, 'BOB'],
];
const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, crore: 1e7, lakh: 1e5,
};

const SYMBOL = `(${SYMBOLS.map(([s]) => s.replace(/[$.]/g, '\\$&')).join('|')})`;
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)';
const SCALE_WORD = `(?:\\s*(${Object.keys(SCALE).join('|')})\\b\\.?)?`;
const CURRENCY_WORD = '((?:US\\s+|Indian\\s+|Pakistani\\s+|Turkish\\s+|Norwegian\\s+|South\\s+Korean\\s+|Argentine\\s+|Chilean\\s+|Cuban\\s+)?(?:dollars?|euros?|pounds(?:\\s+sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|lira|shekels?|NIS|manats?|kroner|reais|birr|nakfa|drams?|won|pesos?|bolivianos?))';

const BY_SYMBOL = new RegExp(`${SYMBOL}\\s?${NUMBER}${SCALE_WORD}`, 'g');
const BY_WORD = new RegExp(`(?<![\\d.,$€£¥])${NUMBER}${SCALE_WORD}\\s+${CURRENCY_WORD}\\b`, 'gi');
const ESTIMATE = /\b(?:about|around|roughly|approximately|nearly|almost|some|an\s+estimated|estimated|up\s+to|more\s+than|over|to\s+the\s+tune\s+of|reportedly\s+worth|worth\s+an\s+estimated)\s*$/i;
const TOTAL = /\b(?:total(?:led|ing|ling)?|in\s+all|cumulative|altogether|to\s+date|so\s+far|combined)\b/i;

/** A money figure found in text, with where it is. */
export interface MoneyMention {
  /** Offset in the text. */
  index: number;
  /** The value. */
  value: Value;
}

/** Every money figure in the text, left to right. */
export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const m of text.matchAll(BY_SYMBOL)) {
    const currency = SYMBOLS.find(([s]) => s === m[1])![1];
    found.push({ index: m.index, value: valueOf(text, m.index, m[0].length, m[2], m[3], currency) });
  }
  for (const m of text.matchAll(BY_WORD)) {
    if (found.some((f) => Math.abs(f.index - m.index) < m[0].length)) continue;
    const currency = WORDS.find(([pattern]) => pattern.test(m[3].replace(/\s+/g, ' ')))?.[1];
    if (currency) found.push({ index: m.index, value: valueOf(text, m.index, m[0].length, m[1], m[2], currency) });
  }
  return found.sort((a, b) => a.index - b.index);
}

function valueOf(text: string, index: number, length: number, number: string, scale: string | undefined, currency: string): Value {
  const amount = Math.round(Number(number.replace(/,/g, '')) * (scale ? SCALE[scale.toLowerCase()] : 1));
  const before = text.slice(Math.max(0, index - 30), index);
  const around = text.slice(Math.max(0, index - 40), index + length + 30);
  const kind = ESTIMATE.test(before) ? 'estimated' : TOTAL.test(around) ? 'cumulative' : 'announced';
  return { amount, currency, kind };
}
