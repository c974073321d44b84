/**
 * Renders template-src/meta/compact.ts: every list and table the tag looks
 * values up in, as one string each. GTM interprets the code tab and runs
 * the whole body for every event, so a table written as an object or array
 * literal would be rebuilt on every event; a string is one constant, read
 * with indexOf and split (lib/tables.ts). The readable sources stay in
 * meta/spec.ts and meta/data/.
 */
import {
  ACTION_SOURCE_OF_KEY,
  ACTION_SOURCES,
  APP_DATA_KEYS,
  ATTRIBUTION_DATA_KEYS,
  ATTRIBUTION_SETTING_KEYS,
  CHANNEL_IDENTIFIERS,
  CONTENT_TYPES,
  CUSTOMER_SEGMENTATION_VALUES,
  DELIVERY_CATEGORIES,
  GA4_TO_META,
  HASHED_KEYS,
  MESSAGING_CHANNELS,
  NEVER_HASHED_KEYS,
  ORIGINAL_EVENT_DATA_KEYS,
  SERVER_DATA_KEYS,
  STANDARD_CUSTOM_KEYS,
  STANDARD_EVENTS,
  USER_DATA_KEYS,
  WEAK_KEY_SETS,
} from '../template-src/meta/spec';
import {
  CUSTOM_DATA_SOURCES,
  ITEM_LIST_SOURCES,
  USER_DATA_SOURCES,
} from '../template-src/meta/sources';
import { fieldSources } from '../template-src/definition/fields/index';
import type { TemplateParameter } from '../template-src/definition/gtm-types';
import { ALPHA2_CODES, ALPHA3_TO_ALPHA2, COUNTRY_NAMES } from '../template-src/meta/data/countries';
import { CURRENCY_CODES } from '../template-src/meta/data/currencies';
import { GENDER_WORDS } from '../template-src/meta/data/genders';
import { STATE_CODES } from '../template-src/meta/data/states';
import {
  ASCII_PUNCTUATION,
  UNICODE_PUNCTUATION,
  WHITESPACE,
} from '../template-src/meta/data/characters';

export const COMPACT_TABLES_FILE = 'template-src/meta/compact.ts';

/** `a, b, c`: read with inList (lib/text.ts) or split(', '). */
export function listText(items: readonly string[]): string {
  for (const item of items) {
    if (item.includes(',')) throw new Error(`list entry "${item}" contains a comma`);
  }
  return items.join(', ');
}

/** `|key=value|key=value|`: read with lookup (lib/tables.ts). */
export function mapText(map: Record<string, string>): string {
  const entries = Object.entries(map).map(([key, value]) => {
    if (/[|=]/.test(key + value)) throw new Error(`table entry "${key}" contains | or =`);
    return key + '=' + value;
  });
  return '|' + entries.join('|') + '|';
}

/** ` a b c `: read with indexOf(' ' + value + ' '). */
export function setText(items: readonly string[]): string {
  for (const item of items) {
    if (/\s/.test(item)) throw new Error(`set entry "${item}" contains a space`);
  }
  return ' ' + items.join(' ') + ' ';
}

/** The inside of an RE2 class for these code points, with runs written as ranges. */
export function re2Class(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const hex = (n: number) => '\\x{' + n.toString(16) + '}';
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    parts.push(end > i ? hex(sorted[i]) + '-' + hex(sorted[end]) : hex(sorted[i]));
    i = end;
  }
  return parts.join('');
}

/**
 * `|key=path,path|...|` for every key of `keys`, in that order (a key
 * without sources gets none), so a stage can walk the keys and their paths
 * in one pass. A key read only for one action source has its paths
 * prefixed `<action source>:`; a key of `rawKeys` is written `key*`.
 */
function sourcesText(
  keys: readonly string[],
  sources: Record<string, string[]>,
  actionSources: Record<string, string> = {},
  rawKeys: readonly string[] = [],
): string {
  return (
    '|' +
    keys
      .map((key) => {
        const paths = sources[key] ?? [];
        if (paths.some((p) => /[|=,: ]/.test(p))) {
          throw new Error(`a path of ${key} holds | = , : or a space`);
        }
        if (paths.slice(0, 2).some((p) => p.indexOf('[]') < 0 && p.split('.').length > 2)) {
          throw new Error(`${key}: a path with more than one dot must come third or later`);
        }
        const only = actionSources[key];
        const mark = rawKeys.indexOf(key) >= 0 ? '*' : '';
        return (
          key +
          mark +
          '=' +
          (only === undefined || paths.length === 0 ? '' : only + ':') +
          paths.join(',')
        );
      })
      .join('|') +
    '|'
  );
}

/**
 * The choice fields (SELECT or RADIO) whose value the tag only ever reads
 * as one of its options: a variable or a hand-edited value with anything
 * else is a configuration error, named by the config stage.
 */
export const CHOICE_FIELDS = [
  'eventNameMode',
  'identityCookies',
  'consentMode',
  'consentWhenAbsent',
  'lduMode',
  'lduLocation',
  'logMode',
  'consentDeniedAction',
  'restrictedUrl',
];

function choicesOf(name: string): string[] {
  const walk = (fields: readonly TemplateParameter[]): TemplateParameter | undefined => {
    for (const f of fields) {
      if (f.name === name) return f;
      const found =
        walk((f.subParams ?? []) as TemplateParameter[]) ??
        walk(
          ((f.radioItems ?? []) as { subParams?: TemplateParameter[] }[]).flatMap(
            (i) => i.subParams ?? [],
          ),
        );
      if (found) return found;
    }
    return undefined;
  };
  const field = walk(fieldSources.flatMap((s) => s.fields));
  const items = (field?.selectItems ?? field?.radioItems ?? []) as { value: unknown }[];
  if (items.length === 0) throw new Error(`choice field ${name} has no options`);
  return items.map((i) => String(i.value));
}

/**
 * Standard events by their lowercase name, written as one word or with
 * its words joined by underscores: "addtocart" and "add_to_cart" → AddToCart.
 */
function looseNames(): Record<string, string> {
  const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return Object.fromEntries(
    STANDARD_EVENTS.flatMap((name) => [
      [name.toLowerCase(), name],
      [snake(name), name],
    ]),
  );
}

interface Entry {
  name: string;
  doc: string;
  text: string;
}

function entries(): Entry[] {
  return [
    { name: 'ACTION_SOURCES', doc: 'meta/spec ACTION_SOURCES', text: listText(ACTION_SOURCES) },
    {
      name: 'MESSAGING_CHANNELS',
      doc: 'meta/spec MESSAGING_CHANNELS',
      text: listText(MESSAGING_CHANNELS),
    },
    { name: 'CONTENT_TYPES', doc: 'meta/spec CONTENT_TYPES', text: listText(CONTENT_TYPES) },
    {
      name: 'DELIVERY_CATEGORIES',
      doc: 'meta/spec DELIVERY_CATEGORIES',
      text: listText(DELIVERY_CATEGORIES),
    },
    {
      name: 'CUSTOMER_SEGMENTATION_VALUES',
      doc: 'meta/spec CUSTOMER_SEGMENTATION_VALUES',
      text: listText(CUSTOMER_SEGMENTATION_VALUES),
    },
    {
      name: 'ORIGINAL_EVENT_DATA_KEYS',
      doc: 'meta/spec ORIGINAL_EVENT_DATA_KEYS',
      text: listText(ORIGINAL_EVENT_DATA_KEYS),
    },
    {
      name: 'ATTRIBUTION_DATA_KEYS',
      doc: 'meta/spec ATTRIBUTION_DATA_KEYS',
      text: listText(ATTRIBUTION_DATA_KEYS),
    },
    {
      name: 'ATTRIBUTION_SETTING_KEYS',
      doc: 'meta/spec ATTRIBUTION_SETTING_KEYS',
      text: listText(ATTRIBUTION_SETTING_KEYS),
    },
    { name: 'APP_DATA_KEYS', doc: 'meta/spec APP_DATA_KEYS', text: listText(APP_DATA_KEYS) },
    {
      name: 'SERVER_DATA_KEYS',
      doc: 'meta/spec SERVER_DATA_KEYS',
      text: listText(SERVER_DATA_KEYS),
    },
    {
      name: 'CHANNEL_IDENTIFIERS',
      doc: "meta/spec CHANNEL_IDENTIFIERS, each channel's keys joined by commas",
      text: mapText(
        Object.fromEntries(
          Object.entries(CHANNEL_IDENTIFIERS).map(([channel, keys]) => [channel, keys.join(',')]),
        ),
      ),
    },
    { name: 'HASHED_KEYS', doc: 'meta/spec HASHED_KEYS', text: listText(HASHED_KEYS) },
    {
      name: 'NEVER_HASHED_KEYS',
      doc: 'meta/spec NEVER_HASHED_KEYS',
      text: listText(NEVER_HASHED_KEYS),
    },
    { name: 'USER_DATA_KEYS', doc: 'meta/spec USER_DATA_KEYS', text: listText(USER_DATA_KEYS) },
    {
      name: 'STANDARD_CUSTOM_KEYS',
      doc: 'meta/spec STANDARD_CUSTOM_KEYS',
      text: listText(STANDARD_CUSTOM_KEYS),
    },
    {
      name: 'USER_DATA_SOURCES',
      doc: 'meta/sources USER_DATA_SOURCES, for every user_data key in meta/spec order, with meta/spec ACTION_SOURCE_OF_KEY; NEVER_HASHED_KEYS marked *',
      text: sourcesText(USER_DATA_KEYS, USER_DATA_SOURCES, ACTION_SOURCE_OF_KEY, NEVER_HASHED_KEYS),
    },
    {
      name: 'CUSTOM_DATA_SOURCES',
      doc: 'meta/sources CUSTOM_DATA_SOURCES, for every standard custom_data key in meta/spec order',
      text: sourcesText(STANDARD_CUSTOM_KEYS, CUSTOM_DATA_SOURCES),
    },
    {
      name: 'ITEM_LIST_SOURCES',
      doc: 'meta/sources ITEM_LIST_SOURCES, joined by commas',
      text: ITEM_LIST_SOURCES.join(','),
    },
    {
      name: 'CHOICE_FIELDS',
      doc: 'the options of the CHOICE_FIELDS in build/compact-tables.ts, from definition/fields',
      text:
        '|' +
        CHOICE_FIELDS.map(
          (name) => name + '=' + listText(choicesOf(name)).split(', ').join(','),
        ).join('|') +
        '|',
    },
    {
      name: 'WEAK_KEY_SETS',
      doc: 'meta/spec WEAK_KEY_SETS, one `|`-separated set of space-padded keys each',
      text: '|' + WEAK_KEY_SETS.map((set) => setText(set)).join('|') + '|',
    },
    {
      name: 'STANDARD_EVENT_BY_LOOSE_NAME',
      doc: 'meta/spec STANDARD_EVENTS by their lowercase name, as one word or in snake case',
      text: mapText(looseNames()),
    },
    { name: 'GA4_TO_META', doc: 'meta/spec GA4_TO_META', text: mapText(GA4_TO_META) },
    { name: 'ALPHA2_CODES', doc: 'meta/data/countries ALPHA2_CODES', text: setText(ALPHA2_CODES) },
    {
      name: 'ALPHA3_TO_ALPHA2',
      doc: 'meta/data/countries ALPHA3_TO_ALPHA2',
      text: mapText(ALPHA3_TO_ALPHA2),
    },
    {
      name: 'COUNTRY_NAMES',
      doc: 'meta/data/countries COUNTRY_NAMES',
      text: mapText(COUNTRY_NAMES),
    },
    { name: 'CURRENCY_CODES', doc: 'meta/data/currencies', text: setText(CURRENCY_CODES) },
    { name: 'STATE_CODES', doc: 'meta/data/states', text: mapText(STATE_CODES) },
    { name: 'GENDER_WORDS', doc: 'meta/data/genders', text: mapText(GENDER_WORDS) },
    {
      name: 'WHITESPACE_CLASS',
      doc: 'meta/data/characters WHITESPACE, inside an RE2 class',
      text: re2Class(WHITESPACE),
    },
    {
      name: 'PUNCTUATION_CLASS',
      doc: 'meta/data/characters ASCII_PUNCTUATION and UNICODE_PUNCTUATION, inside an RE2 class',
      text: re2Class([...ASCII_PUNCTUATION, ...UNICODE_PUNCTUATION]),
    },
  ];
}

/** A single-quoted literal with only the escapes GTM templates use (\\ and \'). */
function quoted(text: string): string {
  if (/[\u0000-\u001f\u007f-\u00a0\u2028\u2029\ufeff]/.test(text)) {
    throw new Error('a compact table holds a control or invisible character');
  }
  return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

export function renderCompactTables(): string {
  const body = entries()
    .map((e) => `/** ${e.doc}. */\nexport const ${e.name} = ${quoted(e.text)};\n`)
    .join('\n');
  return (
    '// Generated by `npm run build` (build/compact-tables.ts) from meta/spec.ts and meta/data/.\n' +
    '// Edit those, not this file.\n\n' +
    body
  );
}
