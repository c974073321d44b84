/**
 * meta/compact.ts, the strings the runtime looks values up in: the committed
 * file is what the build renders, and every table answers exactly what its
 * readable source (meta/spec, meta/sources, meta/data) says, through the
 * lookups the runtime uses (lib/tables lookup and inSet, lib/text inList).
 */
import { readFileSync } from 'node:fs';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { COMPACT_TABLES_FILE, renderCompactTables } from '../../build/compact-tables';
import { inSet, lookup } from '../../template-src/lib/tables';
import { inList } from '../../template-src/lib/text';
import * as compact from '../../template-src/meta/compact';
import {
  ASCII_PUNCTUATION,
  UNICODE_PUNCTUATION,
  WHITESPACE,
} from '../../template-src/meta/data/characters';
import {
  ALPHA2_CODES,
  ALPHA3_TO_ALPHA2,
  COUNTRY_NAMES,
} from '../../template-src/meta/data/countries';
import { CURRENCY_CODES } from '../../template-src/meta/data/currencies';
import { GENDER_WORDS } from '../../template-src/meta/data/genders';
import { STATE_CODES } from '../../template-src/meta/data/states';
import { CUSTOM_DATA_SOURCES, USER_DATA_SOURCES } from '../../template-src/meta/sources';
import * as spec from '../../template-src/meta/spec';

it('the committed meta/compact.ts is what the build renders', () => {
  const committed = readFileSync(new URL('../../' + COMPACT_TABLES_FILE, import.meta.url), 'utf8');
  expect(committed).toBe(renderCompactTables());
});

/** The `key=value` entries of a `|k=v|...|` table, in order. */
function entriesOf(table: string): [string, string][] {
  expect(table.startsWith('|') && table.endsWith('|')).toBe(true);
  return table
    .slice(1, -1)
    .split('|')
    .map((entry) => {
      const equals = entry.indexOf('=');
      return [entry.substring(0, equals), entry.substring(equals + 1)];
    });
}

/** Texts near `key` that are not keys of `keys`: a lookup must not find them. */
function nearMisses(key: string, keys: Set<string>): string[] {
  return [
    key.slice(0, -1),
    key.slice(1),
    key + 'x',
    'x' + key,
    key.toUpperCase(),
    ' ' + key,
    '',
  ].filter((near) => !keys.has(near));
}

describe('maps: lookup answers each entry, and nothing else', () => {
  const MAPS: [string, string, Record<string, string>][] = [
    ['GA4_TO_META', compact.GA4_TO_META, spec.GA4_TO_META],
    [
      'STANDARD_EVENT_BY_LOOSE_NAME',
      compact.STANDARD_EVENT_BY_LOOSE_NAME,
      // Each name as one word and with its words joined by underscores ("addtocart", "add_to_cart").
      Object.fromEntries(
        spec.STANDARD_EVENTS.flatMap((name) => [
          [name.toLowerCase(), name],
          [(name.match(/[A-Z][a-z]*/g) ?? []).join('_').toLowerCase(), name],
        ]),
      ),
    ],
    ['ALPHA3_TO_ALPHA2', compact.ALPHA3_TO_ALPHA2, ALPHA3_TO_ALPHA2],
    ['COUNTRY_NAMES', compact.COUNTRY_NAMES, COUNTRY_NAMES],
    ['STATE_CODES', compact.STATE_CODES, STATE_CODES],
    ['GENDER_WORDS', compact.GENDER_WORDS, GENDER_WORDS],
  ];

  it.each(MAPS)('%s', (_name, table, source) => {
    const keys = new Set(Object.keys(source));
    expect(keys.size).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(source)) {
      expect(lookup(table, key), key).toBe(value);
      for (const near of nearMisses(key, keys)) expect(lookup(table, near), near).toBeUndefined();
    }
    expect(entriesOf(table)).toEqual(Object.entries(source));
  });

  it('a text holding the separators is never a key', () => {
    expect(lookup(compact.COUNTRY_NAMES, 'france=fr|germany')).toBeUndefined();
    expect(lookup(compact.COUNTRY_NAMES, 'fr|germany')).toBeUndefined();
  });
});

describe('sets: inSet holds each member, and nothing else', () => {
  const SETS: [string, string, readonly string[]][] = [
    ['ALPHA2_CODES', compact.ALPHA2_CODES, ALPHA2_CODES],
    ['CURRENCY_CODES', compact.CURRENCY_CODES, CURRENCY_CODES],
  ];

  it.each(SETS)('%s', (_name, set, source) => {
    const members = new Set(source);
    for (const member of source) {
      expect(inSet(set, member), member).toBe(true);
      for (const near of nearMisses(member, members)) expect(inSet(set, near), near).toBe(false);
    }
    expect(inSet(set, source[0] + ' ' + source[1])).toBe(false);
    expect(set.trim().split(' ')).toEqual([...source]);
  });

  it('WEAK_KEY_SETS: one set per meta/spec set, in order', () => {
    const sets = compact.WEAK_KEY_SETS.slice(1, -1).split('|');
    expect(sets).toHaveLength(spec.WEAK_KEY_SETS.length);
    spec.WEAK_KEY_SETS.forEach((keys, i) => {
      for (const key of keys) expect(inSet(sets[i], key)).toBe(true);
      for (const other of spec.USER_DATA_KEYS.filter((k) => !keys.includes(k))) {
        expect(inSet(sets[i], other), other).toBe(false);
      }
    });
  });
});

describe('lists: inList holds each entry, and nothing else', () => {
  const LISTS: [string, string, readonly string[]][] = [
    ['ACTION_SOURCES', compact.ACTION_SOURCES, spec.ACTION_SOURCES],
    ['MESSAGING_CHANNELS', compact.MESSAGING_CHANNELS, spec.MESSAGING_CHANNELS],
    ['CONTENT_TYPES', compact.CONTENT_TYPES, spec.CONTENT_TYPES],
    ['DELIVERY_CATEGORIES', compact.DELIVERY_CATEGORIES, spec.DELIVERY_CATEGORIES],
    [
      'CUSTOMER_SEGMENTATION_VALUES',
      compact.CUSTOMER_SEGMENTATION_VALUES,
      spec.CUSTOMER_SEGMENTATION_VALUES,
    ],
    ['ORIGINAL_EVENT_DATA_KEYS', compact.ORIGINAL_EVENT_DATA_KEYS, spec.ORIGINAL_EVENT_DATA_KEYS],
    ['HASHED_KEYS', compact.HASHED_KEYS, spec.HASHED_KEYS],
    ['NEVER_HASHED_KEYS', compact.NEVER_HASHED_KEYS, spec.NEVER_HASHED_KEYS],
    ['USER_DATA_KEYS', compact.USER_DATA_KEYS, spec.USER_DATA_KEYS],
    ['STANDARD_CUSTOM_KEYS', compact.STANDARD_CUSTOM_KEYS, spec.STANDARD_CUSTOM_KEYS],
  ];

  it.each(LISTS)('%s', (_name, list, source) => {
    const entries = new Set(source);
    expect(list.split(', ')).toEqual([...source]);
    for (const entry of source) {
      expect(inList(list, entry), entry).toBe(true);
      for (const near of nearMisses(entry, entries)) expect(inList(list, near), near).toBe(false);
    }
    expect(inList(list, source[0] + ', ' + source[1])).toBe(false);
    expect(inList(list, undefined)).toBe(false);
  });
});

describe('source tables: every key in meta/spec order, with its paths', () => {
  it('USER_DATA_SOURCES: paths, the action source a key is read for, and * for unhashed keys', () => {
    const entries = entriesOf(compact.USER_DATA_SOURCES);
    expect(entries.map(([key]) => key.replace(/\*$/, ''))).toEqual([...spec.USER_DATA_KEYS]);
    for (const [markedKey, text] of entries) {
      const key = markedKey.replace(/\*$/, '');
      const neverHashed = (spec.NEVER_HASHED_KEYS as readonly string[]).includes(key);
      expect(markedKey.endsWith('*'), key).toBe(neverHashed);
      const paths = USER_DATA_SOURCES[key] ?? [];
      const only = spec.ACTION_SOURCE_OF_KEY[key];
      const prefix = only !== undefined && paths.length > 0 ? only + ':' : '';
      expect(text, key).toBe(prefix + paths.join(','));
      expect(lookup(compact.USER_DATA_SOURCES, markedKey)).toBe(text);
    }
  });

  it('CUSTOM_DATA_SOURCES', () => {
    const entries = entriesOf(compact.CUSTOM_DATA_SOURCES);
    expect(entries.map(([key]) => key)).toEqual([...spec.STANDARD_CUSTOM_KEYS]);
    for (const key of spec.STANDARD_CUSTOM_KEYS) {
      expect(lookup(compact.CUSTOM_DATA_SOURCES, key), key).toBe(
        (CUSTOM_DATA_SOURCES[key] ?? []).join(','),
      );
    }
  });
});

describe('RE2 character classes match exactly the listed code points', () => {
  const CLASSES: [string, string, readonly number[]][] = [
    ['WHITESPACE_CLASS', compact.WHITESPACE_CLASS, WHITESPACE],
    [
      'PUNCTUATION_CLASS',
      compact.PUNCTUATION_CLASS,
      [...ASCII_PUNCTUATION, ...UNICODE_PUNCTUATION],
    ],
  ];

  it.each(CLASSES)(
    '%s, over every code point 0..0xFFFF but the surrogates',
    (_name, cls, listed) => {
      const re = RE2JS.compile('^[' + cls + ']$');
      const members = new Set(listed);
      const wrong: string[] = [];
      for (let cp = 0; cp <= 0xffff; cp++) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        if (re.matches(String.fromCharCode(cp)) !== members.has(cp)) wrong.push(cp.toString(16));
      }
      expect(wrong).toEqual([]);
    },
  );
});
