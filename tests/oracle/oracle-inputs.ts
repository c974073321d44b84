/**
 * Inputs for the differential tests: hand-written edge cases per user_data
 * key, and fast-check generators that produce realistic and hostile text
 * (seeded, so every run sees the same cases).
 */
import fc from 'fast-check';
import type { HashedKey } from './meta-normalizers';
import { ALPHA3_TO_ALPHA2, COUNTRY_NAMES } from '../../template-src/meta/data/countries';
import { STATE_CODES } from '../../template-src/meta/data/states';

const HASH = '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f';
const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

export const HAND_WRITTEN: Record<HashedKey, string[]> = {
  em: [
    'John_Smith@gmail.com',
    ' John_Smith@gmail.com ',
    HASH.toUpperCase(),
    'a@b',
    'a@b.c',
    'not-an-email',
    'jane.doe+tag@example.co.uk',
    'Jane.Doe@EXAMPLE.com\u00a0',
    'john..doe@example.com',
    '.john@example.com',
    'john@example-.com',
    'john@exa_mple.com',
    'jöhn@example.com',
    "o'hara@example.ie",
    'a'.repeat(65) + '@example.com',
    'a@' + 'b'.repeat(64) + '.com',
    'user@localhost',
    'user@123.123.123.123',
    'user@[123.123.123.123]',
    '"quoted"@example.com',
    'mailto:john@example.com',
    MD5,
  ],
  ph: [
    '(650)555-1212',
    '+1 (650) 555-1212',
    '0044 844 412 4653',
    '+44 844 412 4653',
    '00 1 650 555 1212',
    '650.555.1212',
    '123456',
    '06 12 34 56 78',
    '+44 (0)20 7946 0958',
    '+1 650 555 1212 ext. 123',
    '+1-650-555-1212 x99',
    '1-800-FLOWERS',
    '+49/30/1234567',
    '+31\t6 1234 5678',
    '0',
    '000123',
    '12345678901234567',
    'john@example.com',
    'jane.5551234567@example.com',
    HASH,
  ],
  fn: [
    'Mary',
    '정',
    'Valéry',
    "O'Brien",
    'O’Brien',
    'Mary-Jane',
    '  Eg  ',
    'Dr. J.R.R.',
    '«Émile»',
    'Anne\u200bMarie',
    '!!!',
    'Żółć',
    'İlker',
    'ß',
  ],
  ln: ['Smith', "D'Angelo", 'van der Berg', 'Núñez-García', 'O’Neil', '山田', 'Smith Jr.', 'Lee3'],
  ct: [
    'New York',
    'St. Louis',
    'São Paulo',
    'Los Angeles 90210',
    'Montréal',
    "St. John's",
    'Köln',
    '東京',
    'Winston-Salem',
    '12345',
    '4th Street',
    'Frankfurt am Main',
  ],
  st: [
    'AZ',
    'CA',
    'N.Y.',
    'California',
    'new york',
    'West Virginia',
    'District of Columbia',
    'Puerto Rico',
    'Ontario',
    'Québec',
    'US-TX',
    'State of New York',
    'California (CA)',
    'Texas, USA',
    'Maine-et-Loire',
    'Bavaria',
    'Île-de-France',
    'New South Wales',
    'Newyorkcity',
    'Kansas City',
    'BY',
    '12',
  ],
  zp: [
    '94035',
    '1987',
    '75018',
    'M1 1AE',
    '94035-1234',
    '94035 1234',
    '940351234',
    '01310-100',
    '100-0001',
    'SW1A 2AA',
    'K1A 0B1',
    '1',
    '-',
    '  10115 ',
  ],
  country: [
    'United States',
    'US',
    'us ',
    'USA',
    'U.S.A.',
    'UK',
    'United Kingdom',
    'DEU',
    'Germany',
    'Deutschland',
    'Österreich',
    'España',
    'xx',
    'Atlantis',
    'South Korea',
    'IND',
    'UAE',
    'Côte d’Ivoire',
    'The Netherlands',
  ],
  ge: [
    'f',
    'm',
    'Female',
    'f.',
    'Woman',
    'MALE',
    'Mr.',
    'Mrs',
    "Ma'am",
    'männlich',
    'femme',
    'x',
    'non-binary',
    'king',
    'chick',
    'F ',
    'fem',
    'm1',
    'f@',
  ],
  db: [
    '2/16/1997',
    '1997-02-16',
    '19970216',
    '16021997',
    '16.02.1997',
    '1997-16-02',
    '1997-02-16T08:30:00Z',
    '16 Feb 1997',
    'February 16, 1997',
    '02/03/1997',
    '1997-02-30',
    '1899-12-31',
    '1850-06-01',
    '02/16/97',
    '1997',
    '16 1997 02',
    '2099-01-01',
    '99999999',
  ],
  external_id: [
    'User-42',
    '  abc 123 ',
    'ABC',
    'a\u00a0b',
    HASH.toUpperCase(),
    MD5.toUpperCase(),
    '12345',
  ],
};

const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const asciiText = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...ASCII_PRINTABLE), maxLength });
const fromChars = (chars: string, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), maxLength });
const decorate = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\u00a0'),
      text,
      fc.constantFrom('', ' ', '.', ','),
      fc.boolean(),
    )
    .map(([before, t, after, upper]) => before + (upper ? t.toUpperCase() : t) + after);

const NAMES = [
  'mary',
  'jean-luc',
  "o'brien",
  'anne marie',
  'josé',
  'zoë',
  'łukasz',
  'ñuño',
  'søren',
  'renée',
  'björk',
  'ali',
  'nguyễn',
  'müller',
];
const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const MONTH_NAMES = [
  'January',
  'Feb',
  'March',
  'apr',
  'May',
  'June',
  'Jul',
  'August',
  'Sept',
  'October',
  'Nov',
  'December',
];

const dateText = fc
  .tuple(
    fc.integer({ min: 1790, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(([y, m, d, style]) => {
    switch (style) {
      case 0:
        return y + '-' + pad2(m) + '-' + pad2(d);
      case 1:
        return pad2(d) + '/' + pad2(m) + '/' + y;
      case 2:
        return m + '/' + d + '/' + y;
      case 3:
        return '' + y + pad2(m) + pad2(d);
      case 4:
        return pad2(d) + '.' + pad2(m) + '.' + y;
      case 5:
        return d + ' ' + MONTH_NAMES[m - 1] + ' ' + y;
      case 6:
        return MONTH_NAMES[m - 1] + ' ' + d + ', ' + y;
      case 7:
        return y + '-' + pad2(m) + '-' + pad2(d) + 'T12:00:00Z';
      default:
        return pad2(m) + pad2(d) + y;
    }
  });

const phoneText = fc
  .tuple(
    fc.constantFrom('', '+', '00', '0', '(+', '+0'),
    fc.integer({ min: 1, max: 999 }),
    fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 4 }),
    fc.constantFrom(' ', '-', '.', '', ') ', '/'),
  )
  .map(([prefix, code, groups, separator]) => prefix + code + separator + groups.join(separator));

const ARBITRARIES: Record<HashedKey, fc.Arbitrary<string>> = {
  em: fc.oneof(
    decorate(fc.emailAddress()),
    fromChars('abc.@-_+ 1ä', 16),
    fc.tuple(asciiText(8), asciiText(8)).map(([a, b]) => a + '@' + b + '.com'),
  ),
  ph: fc.oneof(
    phoneText,
    fromChars('0123456789 +-().x#/a', 22),
    decorate(fc.stringMatching(/^[0-9]{6,16}$/)),
  ),
  fn: fc.oneof(
    decorate(fc.constantFrom(...NAMES)),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    asciiText(12),
  ),
  ln: fc.oneof(
    decorate(fc.constantFrom(...NAMES)),
    fc.string({ unit: 'grapheme-composite', maxLength: 12 }),
    asciiText(12),
  ),
  ct: fc.oneof(
    decorate(
      fc.constantFrom(
        'new york',
        'st. louis',
        'são paulo',
        'zürich',
        'kraków',
        'la paz 2',
        "l'aquila",
        'winston-salem',
      ),
    ),
    asciiText(14),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
  ),
  st: fc.oneof(
    decorate(fc.constantFrom(...Object.keys(STATE_CODES), ...Object.values(STATE_CODES))),
    fc
      .tuple(
        fc.constantFrom('us-', 'ca-', 'US-', 'state of '),
        fc.constantFrom(...Object.values(STATE_CODES)),
      )
      .map(([a, b]) => a + b),
    asciiText(12),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
  ),
  zp: fc.oneof(
    fromChars('0123456789 -', 11),
    fromChars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ -', 9),
    decorate(fc.stringMatching(/^[0-9]{5}(-[0-9]{4})?$/)),
  ),
  country: fc.oneof(
    decorate(
      fc.constantFrom(
        ...Object.keys(COUNTRY_NAMES),
        ...Object.keys(ALPHA3_TO_ALPHA2),
        ...Object.values(ALPHA3_TO_ALPHA2),
      ),
    ),
    asciiText(10),
    fromChars('abcdefghijklmnopqrstuvwxyz', 3),
  ),
  ge: fc.oneof(
    decorate(
      fc.constantFrom(
        'm',
        'f',
        'male',
        'female',
        'man',
        'woman',
        'mr',
        'mrs',
        'ms',
        'miss',
        'boy',
        'girl',
        'he',
        'she',
        'king',
        'queen',
        'god',
        'dad',
        'mom',
        'frau',
        'herr',
        'other',
        'x',
        'unknown',
      ),
    ),
    asciiText(8),
  ),
  db: fc.oneof(dateText, fromChars('0123456789/-. ', 12), asciiText(12)),
  external_id: fc.oneof(
    asciiText(20),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.uuid().map((u) => ' ' + u.toUpperCase()),
  ),
};

/** `count` generated inputs for `key`, the same on every run. */
export function generatedInputs(key: HashedKey, count: number): string[] {
  return fc.sample(ARBITRARIES[key], { numRuns: count, seed: 20261122 + key.length });
}
