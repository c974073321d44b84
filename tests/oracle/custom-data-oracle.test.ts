/**
 * Differential test of the custom_data checks against Meta's Business SDK
 * (facebook-nodejs-business-sdk 24.0.1): currency (every 3-letter code and
 * generated variants), value (its Number.parseFloat) and delivery_category.
 * The Parameter Builder has no custom_data logic. Deliberate differences are
 * listed with their reasons; anything else fails.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { businessSdkCurrency, businessSdkDeliveryCategory } from './meta-normalizers';
import { parseDecimal } from '../../template-src/custom-data/parse-decimal';
import { enumValue } from '../../template-src/custom-data/text';
import { DELIVERY_CATEGORIES as DELIVERY_CATEGORY_LIST } from '../../template-src/meta/compact';
import { currencyCode } from '../../template-src/meta/formats';
import { DELIVERY_CATEGORIES } from '../../template-src/meta/spec';

const SEED = 20261122;

describe('currency', () => {
  /** ISO 4217 codes newer than the SDK's currency-codes 1.5.1 list. */
  const NEWER_CODES = ['VES', 'VED', 'SLE', 'ZWG', 'XCG'];
  /** ISO 4217 codes that mean no currency: XTS (testing), XXX (no currency). */
  const NOT_CURRENCIES = ['XTS', 'XXX'];

  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const everyCode: string[] = [];
  for (const a of letters)
    for (const b of letters) for (const c of letters) everyCode.push(a + b + c);
  const variants = fc.sample(
    fc
      .tuple(
        fc.constantFrom(...everyCode.slice(0, 2000), 'USD', 'EUR', 'gbp'),
        fc.constantFrom('', ' ', '.', '$', '1'),
        fc.boolean(),
      )
      .map(
        ([code, noise, lower]) =>
          noise +
          (lower ? code.toLowerCase() : code.split('').join(noise === '.' ? '.' : '')) +
          noise,
      ),
    { numRuns: 500, seed: SEED },
  );
  const inputs = everyCode.concat(variants, [
    'usd',
    ' eur ',
    'u.s.d',
    'US$',
    'xyz',
    '€',
    'EURO',
    '',
  ]);

  test('every difference from the SDK is a listed one', () => {
    const unexplained: string[] = [];
    let agreed = 0;
    for (const input of inputs) {
      const ours = currencyCode(input);
      const theirs = businessSdkCurrency(input);
      if (ours === theirs) {
        agreed++;
        continue;
      }
      const newer = ours !== undefined && theirs === undefined && NEWER_CODES.includes(ours);
      const none = ours === undefined && theirs !== undefined && NOT_CURRENCIES.includes(theirs);
      if (!newer && !none)
        unexplained.push(JSON.stringify(input) + ': ours ' + ours + ', SDK ' + theirs);
    }
    expect(unexplained).toEqual([]);
    expect(agreed).toBeGreaterThan(17000);
  });
});

describe('value', () => {
  /** What the SDK sends: CustomData.normalize() keeps Number.parseFloat(value) unless NaN. */
  const sdkValue = (raw: unknown) => {
    const parsed = Number.parseFloat(raw as string);
    return Number.isNaN(parsed) ? undefined : parsed;
  };

  const locales = ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'es-ES'];
  const formatted = fc.sample(
    fc
      .tuple(
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.constantFrom(...locales),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([n, locale, digits]) =>
        n.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }),
      ),
    { numRuns: 300, seed: SEED },
  );
  const noisy = fc.sample(
    fc.string({ unit: fc.constantFrom(...'0123456789.,- +e$'.split('')), maxLength: 10 }),
    {
      numRuns: 300,
      seed: SEED,
    },
  );
  const numbers = fc.sample(fc.double({ noNaN: true }), { numRuns: 100, seed: SEED });
  const inputs: unknown[] = [
    ...formatted,
    ...noisy,
    ...numbers,
    '12.50',
    '12,50',
    '1,234.56',
    '1e3',
    'Infinity',
    '12abc',
    '0x10',
    '- 5',
    ' 7 ',
  ];

  const DIFFERENCES: {
    name: string;
    reason: string;
    explains(input: unknown, ours?: number, theirs?: number): boolean;
  }[] = [
    {
      name: 'separators after the first digits',
      reason:
        'parseFloat stops at the first comma, space or second dot, so "12,50" is 12 and "1,234.56" is 1 for the SDK (",5" is NaN); we read decimal commas and thousands separators.',
      explains: (input, ours, theirs) =>
        typeof input === 'string' &&
        ours !== undefined &&
        theirs !== undefined &&
        /[0-9]?[,.\s\u00a0\u202f][0-9]/.test(input),
    },
    {
      name: 'text around the number',
      reason:
        'parseFloat ignores what follows the number ("12abc", "1e3" as an exponent, "Infinity"); a value with letters or symbols is not a plain amount, so we drop and report it.',
      explains: (input, ours, theirs) =>
        typeof input === 'string' &&
        ours === undefined &&
        theirs !== undefined &&
        /[^0-9.,\s+-]/.test(input),
    },
    {
      name: 'ambiguous grouping',
      reason:
        '"1.23.4" or "12,3456.7" are not well-formed amounts; parseFloat reads a prefix, we drop them.',
      explains: (input, ours, theirs) =>
        typeof input === 'string' &&
        ours === undefined &&
        theirs !== undefined &&
        /^[0-9.,\s+-]+$/.test(input),
    },
    {
      name: 'decimal comma without a leading zero',
      reason:
        '",5" is half in comma-decimal locales, as ".5" is for parseFloat; the SDK gives NaN.',
      explains: (input, ours, theirs) =>
        typeof input === 'string' &&
        ours !== undefined &&
        theirs === undefined &&
        /^\s*[+-]?\s*,[0-9]/.test(input),
    },
    {
      name: 'infinite numbers',
      reason:
        'The SDK keeps Infinity, which JSON turns into null; a value must be a finite number.',
      explains: (input, ours, theirs) =>
        ours === undefined && (theirs === Infinity || theirs === -Infinity),
    },
    {
      name: 'sign followed by a space',
      reason: 'parseFloat reads "- 5" as NaN; we remove spaces inside the amount first.',
      explains: (input, ours, theirs) =>
        typeof input === 'string' &&
        ours !== undefined &&
        theirs === undefined &&
        /^\s*[+-]\s/.test(input),
    },
  ];

  test('every difference from the SDK is a listed one', () => {
    const unexplained: string[] = [];
    const used = new Set<string>();
    let agreed = 0;
    for (const input of inputs) {
      const ours = parseDecimal(input);
      const theirs = sdkValue(input);
      if (ours === theirs || (ours === undefined && theirs === undefined)) {
        agreed++;
        continue;
      }
      const reasons = DIFFERENCES.filter((d) => d.explains(input, ours, theirs));
      reasons.forEach((d) => used.add(d.name));
      if (reasons.length === 0)
        unexplained.push(JSON.stringify(input) + ': ours ' + ours + ', SDK ' + theirs);
    }
    expect(unexplained).toEqual([]);
    expect(DIFFERENCES.map((d) => d.name).filter((name) => !used.has(name))).toEqual([]);
    expect(agreed).toBeGreaterThan(inputs.length / 3);
  });
});

describe('delivery_category', () => {
  const inputs = fc.sample(
    fc.oneof(
      fc.constantFrom(...DELIVERY_CATEGORIES).map((v) => ' ' + v.toUpperCase() + ' '),
      fc.constantFrom(...DELIVERY_CATEGORIES),
      fc.string({ maxLength: 14 }),
    ),
    { numRuns: 300, seed: SEED },
  );

  test('agrees with the SDK on every input', () => {
    for (const input of inputs) {
      expect(enumValue(input, DELIVERY_CATEGORY_LIST), JSON.stringify(input)).toBe(
        businessSdkDeliveryCategory(input),
      );
    }
  });
});
