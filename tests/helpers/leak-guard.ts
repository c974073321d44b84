/**
 * A leak guard for tag runs: access tokens, appsecret_proofs and raw
 * personal data must never show up where they can be read by others:
 * request URLs (proxy and access logs), log lines (Cloud Logging, Preview),
 * cookies set on the browser, or the message of a failed run.
 *
 * Secrets come from the run's fields (`pixels[].accessToken`,
 * `pixels[].appSecretProof`); personal data from its event data: e-mail,
 * phone, names, postal address, birth date, gender and external ids, read
 * from the top level, `user_data` (with `address` as an object or a list)
 * and Meta's `x-fb-ud-*` keys. Values shorter than 4 characters (5 for
 * digits only) are too common to search for; 64-hex hashes (with or without
 * a Parameter Builder appendix) may appear. A value is searched as given,
 * trimmed, lowercased, in the compact form the tag normalizes names and
 * postal codes to, as the digits of a phone number, and as it looks inside
 * JSON or a URL.
 *
 * What the tag writes itself is not a leak, even when a personal value
 * happens to look the same: a JSON keyword (`true`), a JSON object key
 * (`"event_name":`), a short word inside its prose ("no event name"), a bare
 * JSON number (a count equal to a numeric id), a reading of the run's clock
 * (in an `_fbp` value), a value also given in a field (an id used as
 * the Event ID override) or under an open event key (a test_event_code),
 * or one of a choice field's options (a config problem lists them: a region
 * "California" is not leaked by "must be one of ..., california").
 *
 * A report names the value and where it leaked but never prints it in full.
 */
import { CHOICE_FIELDS } from '../../template-src/meta/compact';

export interface LeakGuardRun {
  requests: { url: string }[];
  logs: { text: string }[];
  error?: { message: string };
  cookiesSet?: { name: string; header: string }[];
}

export interface LeakGuardOptions {
  fields?: Record<string, unknown>;
  eventData?: Record<string, unknown>;
  /** The run's clock (ms): the tag writes times from it into cookies and logs. */
  clock?: { startMs: number; endMs: number };
}

export interface Leak {
  /** What leaked, e.g. `pixels[1].accessToken` or `eventData.user_data.email_address`. */
  what: string;
  /** Where, e.g. `log line 3`. */
  where: string;
  /** A masked hint of the value: a few leading characters and the length. */
  hint: string;
}

interface Needle {
  what: string;
  /** The original value, for the masked hint. */
  value: string;
  /** Forms to search for; PII forms are matched case-insensitively. */
  forms: string[];
  caseSensitive: boolean;
  /**
   * Occurrences the tag's own JSON explains that do not count: object keys,
   * and bare numbers too. Never for secrets; numbers never for phones.
   */
  exempt: 'nothing' | 'keys' | 'keys and numbers';
  /**
   * A short word ("Jane", "name") counts only as a whole value (between
   * quotes, `=`, `;`, ...), not inside the tag's prose ("no event name").
   */
  wholeValueOnly: boolean;
  /** Secrets this long are also caught when only a part of them leaks. */
  partialWindow?: number;
}

const MIN_LENGTH = 4;
/** A 4-digit value (an id like "1500") is indistinguishable from a timing or a count in a line. */
const MIN_DIGITS_ONLY_LENGTH = 5;
/** A 16-character piece of a long token or proof is already too much. */
const PARTIAL_WINDOW = 16;
const MIN_LENGTH_FOR_PARTIAL = 24;
const MIN_PHONE_DIGITS = 7;

/** Keys holding personal data, wherever they appear in the top level or under `user_data`. */
const PII_KEYS = new Set([
  'email',
  'email_address',
  'phone',
  'phone_number',
  'first_name',
  'firstName',
  'last_name',
  'lastName',
  'street',
  'city',
  'region',
  'state',
  'postal_code',
  'zip',
  'country',
  'date_of_birth',
  'db',
  'gender',
  'external_id',
  'user_id',
  'userId',
  'x-fb-ud-em',
  'x-fb-ud-ph',
  'x-fb-ud-fn',
  'x-fb-ud-ln',
  'x-fb-ud-ct',
  'x-fb-ud-st',
  'x-fb-ud-zp',
  'x-fb-ud-country',
  'x-fb-ud-db',
  'x-fb-ud-ge',
  'x-fb-ud-external_id',
]);
const PHONE_KEYS = new Set(['phone', 'phone_number', 'x-fb-ud-ph']);
/** Objects under `user_data` whose keys are searched too. */
const NESTED_KEYS = new Set(['user_data', 'address']);

const HASH = /^[0-9a-f]{64}(\.[A-Za-z0-9_-]+)?$/i;
const JSON_KEYWORDS = new Set(['true', 'false', 'null']);
/** `_` too: "name" inside the log's "event_name" is part of a longer word. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SHORT_WORD = /^\p{L}{1,5}$/u;
const VALUE_DELIMITERS = `"'=&|;:,[]{}()<>`;

function mask(value: string): string {
  const shown = Math.min(3, Math.floor(value.length / 3));
  return `"${value.slice(0, shown)}…" (${value.length} chars)`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** How a value can look inside a JSON string or a URL, besides itself. */
function encodedForms(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
}

function secretNeedles(fields: Record<string, unknown> | undefined): Needle[] {
  const rows = fields?.pixels;
  if (!Array.isArray(rows)) return [];
  const needles: Needle[] = [];
  rows.forEach((row, index) => {
    if (!row || typeof row !== 'object') return;
    for (const column of ['accessToken', 'appSecretProof']) {
      const value = (row as Record<string, unknown>)[column];
      if (typeof value !== 'string' || value.trim().length < MIN_LENGTH) continue;
      needles.push({
        what: `pixels[${index + 1}].${column}`,
        value,
        forms: unique([value, value.trim()].flatMap(encodedForms)),
        caseSensitive: true,
        exempt: 'nothing',
        wholeValueOnly: false,
        partialWindow: value.trim().length >= MIN_LENGTH_FOR_PARTIAL ? PARTIAL_WINDOW : undefined,
      });
    }
  });
  return needles;
}

/** The forms the tag's normalizers could turn a raw value into before hashing it. */
function piiForms(value: string, isPhone: boolean): string[] {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  const compact = lower.replace(/[\s\p{P}\p{S}]/gu, '');
  const forms = [value, trimmed, lower, compact];
  const digits = trimmed.replace(/\D/g, '');
  if (isPhone && digits.length >= MIN_PHONE_DIGITS) forms.push(digits, digits.replace(/^0+/, ''));
  return unique(forms.filter((f) => f.length >= MIN_LENGTH).flatMap(encodedForms));
}

/**
 * Top-level event values under keys that are not personal (event_name,
 * event_id, test_event_code, ...), trimmed and lowercased: the tag may log
 * those, so a personal value equal to one of them proves nothing.
 */
function openEventValues(eventData: Record<string, unknown> | undefined): Set<string> {
  const open = new Set<string>();
  for (const [key, value] of Object.entries(eventData ?? {})) {
    if (PII_KEYS.has(key) || NESTED_KEYS.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      open.add(String(value).trim().toLowerCase());
    }
  }
  return open;
}

/** Every string and number the operator typed into the fields, trimmed and lowercased. */
function fieldValues(value: unknown, into = new Set<string>(), depth = 0): Set<string> {
  if (typeof value === 'string' || typeof value === 'number') {
    into.add(String(value).trim().toLowerCase());
  } else if (value !== null && typeof value === 'object' && depth < 20) {
    for (const v of Object.values(value)) fieldValues(v, into, depth + 1);
  }
  return into;
}

interface PiiWalk {
  out: Needle[];
  /** Values given in the fields or in open event keys too: the tag may use and log them. */
  configured: Set<string>;
  clock?: LeakGuardOptions['clock'];
}

/** Digits that read as the run's clock, in milliseconds or seconds. */
function isClockReading(digits: string, clock: LeakGuardOptions['clock']): boolean {
  if (clock === undefined || !/^\d+$/.test(digits)) return false;
  const n = Number(digits);
  const inMs = n >= clock.startMs && n <= clock.endMs;
  const inS = n >= Math.floor(clock.startMs / 1000) && n <= Math.floor(clock.endMs / 1000);
  return inMs || inS;
}

function collectPii(value: unknown, what: string, isPhone: boolean, walk: PiiWalk): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectPii(item, `${what}[${i}]`, isPhone, walk));
    return;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return;
  const text = String(value);
  const trimmed = text.trim();
  if (trimmed.length < MIN_LENGTH || HASH.test(trimmed)) return;
  if (JSON_KEYWORDS.has(trimmed.toLowerCase())) return;
  if (walk.configured.has(trimmed.toLowerCase())) return;
  if (isClockReading(trimmed, walk.clock)) return;
  if (/^\d+$/.test(trimmed) && trimmed.length < MIN_DIGITS_ONLY_LENGTH) return;
  const forms = piiForms(text, isPhone);
  if (forms.length === 0) return;
  const exempt = isPhone ? 'keys' : 'keys and numbers';
  const wholeValueOnly = SHORT_WORD.test(trimmed);
  walk.out.push({ what, value: text, forms, caseSensitive: false, exempt, wholeValueOnly });
}

function walkPii(record: unknown, at: string, walk: PiiWalk): void {
  if (Array.isArray(record)) {
    record.forEach((item, i) => walkPii(item, `${at}[${i}]`, walk));
    return;
  }
  if (!record || typeof record !== 'object') return;
  for (const [key, value] of Object.entries(record)) {
    const what = `${at}.${key}`;
    if (PII_KEYS.has(key)) collectPii(value, what, PHONE_KEYS.has(key), walk);
    else if (NESTED_KEYS.has(key)) walkPii(value, what, walk);
  }
}

/** The options of every choice field, lowercased: the tag's own words. */
function choiceOptions(): string[] {
  return CHOICE_FIELDS.split('|')
    .filter((entry) => entry.includes('='))
    .flatMap((entry) => entry.slice(entry.indexOf('=') + 1).split(','))
    .map((option) => option.toLowerCase());
}

function piiNeedles(options: LeakGuardOptions): Needle[] {
  const configured = fieldValues(options.fields, openEventValues(options.eventData));
  for (const option of choiceOptions()) configured.add(option);
  const walk: PiiWalk = { out: [], configured, clock: options.clock };
  walkPii(options.eventData, 'eventData', walk);
  return walk.out;
}

function isBoundary(text: string, index: number): boolean {
  return index < 0 || index >= text.length || !WORD_CHAR.test(text.charAt(index));
}

/** The nearest character before `index` (step -1) or from it (step 1) that is not a space; '' at the edge. */
function nearestNonSpace(text: string, index: number, step: 1 | -1): string {
  let i = index;
  while (i >= 0 && i < text.length && text.charAt(i) === ' ') i += step;
  return text.charAt(i);
}

/**
 * An occurrence the tag's own JSON explains: an object key (`"form":`) or,
 * for digits, a bare number (`:form,`), which is a count, a status or a time.
 */
function isJsonToken(
  haystack: string,
  at: number,
  form: string,
  exempt: Needle['exempt'],
): boolean {
  if (exempt === 'nothing') return false;
  const end = at + form.length;
  if (haystack.charAt(at - 1) === '"' && haystack.startsWith('":', end)) return true;
  if (exempt !== 'keys and numbers' || !/^\d+$/.test(form)) return false;
  const before = nearestNonSpace(haystack, at - 1, -1);
  const after = nearestNonSpace(haystack, end, 1);
  return before !== '' && ':,['.includes(before) && after !== '' && ',}]'.includes(after);
}

function isValueEdge(text: string, index: number): boolean {
  return index < 0 || index >= text.length || VALUE_DELIMITERS.includes(text.charAt(index));
}

/** A whole-word occurrence: a value inside a longer word or hex hash is not that value. */
function containsWord(haystack: string, form: string, needle: Needle): boolean {
  let at = haystack.indexOf(form);
  while (at >= 0) {
    const end = at + form.length;
    const whole = needle.wholeValueOnly
      ? isValueEdge(haystack, at - 1) && isValueEdge(haystack, end)
      : isBoundary(haystack, at - 1) && isBoundary(haystack, end);
    if (whole && !isJsonToken(haystack, at, form, needle.exempt)) return true;
    at = haystack.indexOf(form, at + 1);
  }
  return false;
}

function containsPart(haystack: string, secret: string, window: number): boolean {
  for (let i = 0; i + window <= secret.length; i++) {
    if (haystack.includes(secret.slice(i, i + window))) return true;
  }
  return false;
}

function found(haystack: string, needle: Needle): boolean {
  const text = needle.caseSensitive ? haystack : haystack.toLowerCase();
  const forms = needle.caseSensitive ? needle.forms : needle.forms.map((f) => f.toLowerCase());
  if (forms.some((form) => containsWord(text, form, needle))) return true;
  return (
    needle.partialWindow !== undefined &&
    containsPart(haystack, needle.value.trim(), needle.partialWindow)
  );
}

function places(run: LeakGuardRun): { where: string; text: string }[] {
  return [
    ...run.requests.map((r, i) => ({ where: `request URL ${i + 1}`, text: r.url })),
    ...run.logs.map((l, i) => ({ where: `log line ${i + 1}`, text: l.text })),
    ...(run.cookiesSet ?? []).map((c) => ({ where: `cookie ${c.name}`, text: c.header })),
    ...(run.error ? [{ where: 'error message', text: run.error.message }] : []),
  ];
}

/** Every leak in a run: each secret or personal value, once per place it appears. */
export function findLeaks(run: LeakGuardRun, options: LeakGuardOptions): Leak[] {
  const needles = [...secretNeedles(options.fields), ...piiNeedles(options)];
  const leaks: Leak[] = [];
  for (const place of places(run)) {
    for (const needle of needles) {
      if (found(place.text, needle)) {
        leaks.push({ what: needle.what, where: place.where, hint: mask(needle.value) });
      }
    }
  }
  return leaks;
}

/** Throws, naming each leak (masked), when a run exposes a token, a proof or raw personal data. */
export function assertNoLeaks(run: LeakGuardRun, options: LeakGuardOptions): void {
  const leaks = findLeaks(run, options);
  if (leaks.length === 0) return;
  const lines = leaks.map((l) => `- ${l.what} ${l.hint} in ${l.where}`);
  throw new Error(`The run leaks secrets or personal data:\n${lines.join('\n')}`);
}
