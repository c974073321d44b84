/**
 * One table per user_data normalizer: normalized text (before hashing).
 * Rows marked [D] are Meta's documented examples (meta-capi.md §3.1), [V]
 * the oracle vectors of §4.3; the rest cover types of input Meta's docs
 * leave open.
 */
import { describe, expect, test } from 'vitest';
import { normalizeEmail } from '../../template-src/user-data/normalize-email';
import {
  normalizePhone,
  parseCountryCallingCode,
} from '../../template-src/user-data/normalize-phone';
import { normalizeName } from '../../template-src/user-data/normalize-name';
import { normalizeCity } from '../../template-src/user-data/normalize-city';
import { normalizeState } from '../../template-src/user-data/normalize-state';
import { normalizeZip } from '../../template-src/user-data/normalize-zip';
import { normalizeCountry } from '../../template-src/user-data/normalize-country';
import { normalizeGender } from '../../template-src/user-data/normalize-gender';
import { normalizeDateOfBirth } from '../../template-src/user-data/normalize-date-of-birth';
import {
  normalizeByKey,
  type NormalizeOptions,
} from '../../template-src/user-data/normalize-user-value';

const OPTIONS: NormalizeOptions = {
  defaultCountryCode: '1',
  currentYear: 2026,
  hashExternalId: true,
};

describe('normalizeEmail', () => {
  test.each([
    ['John_Smith@gmail.com', 'john_smith@gmail.com'], // [D]
    [' John_Smith@gmail.com ', 'john_smith@gmail.com'], // [V]
    ['\u00a0jane.DOE+tag@Example.CO.uk\t', 'jane.doe+tag@example.co.uk'],
    [
      "o'hara!#$%&*/=?^`{|}~@sub-domain.example.org",
      "o'hara!#$%&*/=?^`{|}~@sub-domain.example.org",
    ],
    ['a@b.c', 'a@b.c'],
    ['a@b', undefined], // [V]
    ['not-an-email', undefined], // [V]
    ['', undefined],
    ['   ', undefined],
    ['john smith@example.com', undefined],
    ['john@@example.com', undefined],
    ['john@example..com', undefined],
    ['.john@example.com', undefined],
    ['john.@example.com', undefined],
    ['jo..hn@example.com', undefined],
    ['john@-example.com', undefined],
    ['john@example-.com', undefined],
    ['@example.com', undefined],
    ['john@', undefined],
    ['jöhn@example.com', undefined],
    ['john@exämple.com', undefined],
    ['a'.repeat(65) + '@example.com', undefined],
    ['a@' + 'b'.repeat(64) + '.com', undefined],
    [
      'a@' + ('b'.repeat(60) + '.').repeat(4) + 'com',
      'a@' + ('b'.repeat(60) + '.').repeat(4) + 'com',
    ],
    ['a@' + ('b'.repeat(60) + '.').repeat(5) + 'com', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('normalizePhone', () => {
  test.each([
    ['(650)555-1212', '1', '16505551212'], // [D] US, default country code 1
    ['(650)555-1212', '', '6505551212'],
    ['+1 (650) 555-1212', '', '16505551212'], // [V]
    ['+1 (650) 555-1212', '44', '16505551212'],
    ['0044 844 412 4653', '', '448444124653'], // [V]
    ['+44 844 412 4653', '', '448444124653'], // [V]
    ['00 1 650 555 1212', '', '16505551212'], // [V]
    ['650.555.1212', '', '6505551212'], // [V]
    ['650.555.1212', '1', '16505551212'],
    ['1-650-555-1212', '1', '16505551212'],
    ['16505551212', '1', '16505551212'],
    ['06 12 34 56 78', '', '612345678'],
    ['06 12 34 56 78', '33', '33612345678'],
    ['07911 123456', '44', '447911123456'],
    ['7911 123456', '44', '447911123456'],
    ['+44 (0)20 7946 0958', '', '442079460958'],
    ['(+44) 20 7946 0958', '', '442079460958'],
    ['030 1234567', '49', '49301234567'],
    ['+1 650 555 1212 ext. 123', '', '16505551212'],
    ['+1 650 555 1212 x123', '', '16505551212'],
    ['tel:+1-201-555-0123;ext=1234', '', '12015550123'],
    ['+49 (30) 1234–5678', '', '493012345678'],
    ['\u00a0+31 6 1234 5678\u00a0', '', '31612345678'],
    ['１２３', '', undefined],
    ['123456', '', undefined], // [V] fewer than 7 digits
    ['1234567890123456', '', undefined], // more than 15 digits
    ['call me maybe', '', undefined],
    ['', '', undefined],
    ['   ', '1', undefined],
    ['john@example.com', '', undefined],
    ['1-800-FLOWERS', '', undefined],
    ['000000000', '', undefined],
  ])('%j with country code %j → %j', (input, countryCode, expected) => {
    expect(normalizePhone(input, countryCode)).toBe(expected);
  });

  test.each([
    ['1', '1'],
    ['+44', '44'],
    ['0049', '49'],
    [' 353 ', '353'],
    ['', ''],
    ['1234', undefined],
    ['+', ''],
    ['01', undefined],
    ['US', undefined],
    ['+1-684', undefined],
  ])('default country code %j → %j', (input, expected) => {
    expect(parseCountryCallingCode(input)).toBe(expected);
  });
});

describe('normalizeName (fn, ln)', () => {
  test.each([
    ['Mary', 'mary'], // [D]
    ['정', '정'], // [D]
    ['Valéry', 'valéry'], // [D]
    ["O'Brien", 'obrien'], // [V]
    ['O’Brien', 'obrien'],
    ['Mary-Jane', 'maryjane'],
    ['  Eg  ', 'eg'],
    ['Mary Ann', 'maryann'],
    ['JOSÉ MARÍA', 'josé maría'.split(' ').join('')],
    ['Żółć', 'żółć'],
    ['Анна', 'анна'],
    ['山田 太郎', '山田太郎'],
    ['Dr. J.R.R. Tolkien', 'drjrrtolkien'],
    ['«Émile»', 'émile'],
    ['John3', 'john3'],
    ['!!!', ''],
    ['', ''],
    [' \t\u00a0\u3000', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('normalizeCity', () => {
  test.each([
    ['New York', 'newyork'], // [D]
    ['Paris', 'paris'], // [D]
    ['London', 'london'], // [D]
    ['St. Louis', 'stlouis'], // [V]
    ['São Paulo', 'sãopaulo'], // [V]
    ['Los Angeles 90210', 'losangeles'],
    ['Montréal', 'montréal'],
    ["St. John's", 'stjohns'],
    ['Köln', 'köln'],
    ['東京', '東京'],
    ['Winston-Salem', 'winstonsalem'],
    ['12345', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCity(input)).toBe(expected);
  });
});

describe('normalizeState', () => {
  test.each([
    ['AZ', 'az'], // [D]
    ['CA', 'ca'], // [D]
    ['N.Y.', 'ny'], // [V]
    ['California', 'ca'], // [V]
    ['new york', 'ny'],
    ['NEW-HAMPSHIRE', 'nh'],
    ['West Virginia', 'wv'],
    ['Virginia', 'va'],
    ['District of Columbia', 'dc'],
    ['Washington', 'wa'],
    ['Washington, D.C.', 'dc'],
    ['Puerto Rico', 'pr'],
    ['Ontario', 'on'],
    ['Québec', 'qc'],
    ['Quebec', 'qc'],
    ['British Columbia', 'bc'],
    ['US-TX', 'tx'],
    ['ca-on', 'on'],
    ['State of New York', 'ny'],
    ['California (CA)', 'ca'],
    ['CA - California', 'ca'],
    ['Texas, USA', 'tx'],
    ['Maine-et-Loire', 'maineetloire'],
    ['Bavaria', 'bavaria'],
    ['Île-de-France', 'îledefrance'],
    ['New South Wales', 'newsouthwales'],
    ['BY', 'by'],
    ['constructor', 'constructor'],
    ['12', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeState(input)).toBe(expected);
  });
});

describe('normalizeZip', () => {
  test.each([
    ['94035', '94035'], // [D]
    ['1987', '1987'], // [D] AU
    ['75018', '75018'], // [D] FR
    ['M1 1AE', 'm11ae'], // [D][V] UK
    ['94035-1234', '94035'], // [V]
    ['94035 1234', '94035'],
    ['940351234', '94035'],
    ['01310-100', '01310100'], // Brazil: not a ZIP+4
    ['100-0001', '1000001'], // Japan
    ['SW1A 2AA', 'sw1a2aa'],
    ['K1A 0B1', 'k1a0b1'],
    [' 10115 ', '10115'],
    ['1', undefined], // [V]
    ['-', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeZip(input)).toBe(expected);
  });
});

describe('normalizeCountry', () => {
  test.each([
    ['United States', 'us'], // [D]
    ['US', 'us'], // [V]
    ['us ', 'us'], // [V]
    ['USA', 'us'],
    ['U.S.A.', 'us'],
    ['United States of America', 'us'],
    ['gb', 'gb'],
    ['UK', 'gb'],
    ['United Kingdom', 'gb'],
    ['England', 'gb'],
    ['DEU', 'de'],
    ['Germany', 'de'],
    ['Deutschland', 'de'],
    ['Österreich', 'at'],
    ['Oesterreich', undefined],
    ['España', 'es'],
    ['Espana', 'es'],
    ['Côte d’Ivoire', 'ci'],
    ['South Korea', 'kr'],
    ['Korea, Republic of', 'kr'],
    ['Bolivia, Plurinational State of', 'bo'],
    ['Åland Islands', 'ax'],
    ['The Netherlands', 'nl'],
    ['IND', 'in'],
    ['UAE', 'ae'],
    ['xx', undefined],
    ['Atlantis', undefined],
    ['constructor', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCountry(input)).toBe(expected);
  });
});

describe('normalizeGender', () => {
  test.each([
    ['f', 'f'], // [D]
    ['m', 'm'], // [D]
    ['Female', 'f'], // [V]
    ['f.', 'f'], // [V]
    ['Woman', 'f'],
    ['MALE', 'm'],
    [' Mr. ', 'm'],
    ['Mrs', 'f'],
    ["Ma'am", 'f'],
    ['männlich', 'm'],
    ['Weiblich', 'f'],
    ['femme', 'f'],
    ['x', undefined], // [V]
    ['non-binary', undefined],
    ['0', undefined],
    ['hasOwnProperty', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeGender(input)).toBe(expected);
  });
});

describe('normalizeDateOfBirth', () => {
  test.each([
    ['2/16/1997', '19970216'], // [D]
    ['1997-02-16', '19970216'], // [V]
    ['19970216', '19970216'],
    ['16021997', '19970216'],
    ['02161997', '19970216'],
    ['16.02.1997', '19970216'],
    ['16/02/1997', '19970216'],
    ['1997/02/16', '19970216'],
    ['1997-16-02', '19970216'],
    ['1997-02-16T08:30:00Z', '19970216'],
    ['16 Feb 1997', '19970216'],
    ['February 16, 1997', '19970216'],
    ['1997 February 16', '19970216'],
    ['3 March 2001', '20010303'],
    ['02/03/1997', '19970203'], // M-D-Y wins the tie, as in the Parameter Builder
    ['2000-02-29', '20000229'],
    ['1900-01-01', '19000101'],
    ['2026-11-21', '20261121'],
    ['1900-02-29', undefined],
    ['1997-02-30', undefined],
    ['1997-13-01', '19970113'], // Y-D-M: 13 cannot be the month
    ['1997-13-13', undefined],
    ['1899-12-31', undefined],
    ['2027-01-01', undefined],
    ['02/16/97', undefined],
    ['16 Feb', undefined],
    ['1997', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDateOfBirth(input, 2026)).toBe(expected);
  });
});

describe('external_id (normalizeByKey): trimmed, otherwise unchanged', () => {
  test.each([
    ['User-42', 'User-42'],
    ['  abc 123 ', 'abc 123'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeByKey('external_id', input, OPTIONS)).toBe(expected);
  });
});

describe('normalizeByKey', () => {
  test.each([
    ['em', ' A@B.co ', 'a@b.co'],
    ['ph', '(650)555-1212', '16505551212'],
    ['fn', 'Mary-Jane', 'maryjane'],
    ['ln', "O'Brien", 'obrien'],
    ['ct', 'St. Louis', 'stlouis'],
    ['st', 'California', 'ca'],
    ['zp', '94035-1234', '94035'],
    ['country', 'United States', 'us'],
    ['ge', 'Female', 'f'],
    ['db', '1997-02-16', '19970216'],
  ])('%s %j → %j, as its normalizer says', (key, input, expected) => {
    expect(normalizeByKey(key, input, OPTIONS)).toBe(expected);
  });

  test('passes the options on: the default phone country code and the current year', () => {
    expect(normalizeByKey('ph', '(650)555-1212', { ...OPTIONS, defaultCountryCode: '' })).toBe(
      '6505551212',
    );
    expect(normalizeByKey('db', '2026-01-01', { ...OPTIONS, currentYear: 2025 })).toBeUndefined();
  });

  test.each(['client_ip_address', 'fbc', 'subscription_id', 'nope'])(
    '%s has no normalizer',
    (key) => {
      expect(normalizeByKey(key, 'x', OPTIONS)).toBeUndefined();
    },
  );
});
