/**
 * createRegex and testRegex on RE2 (re2js), as GTM's server runtime does.
 * The sandbox gets an opaque, frozen token; the compiled pattern and the
 * `g` position live here, keyed by that token, so templates cannot read or
 * forge them. The token also works with String replace, match and search.
 */
import { RE2JS } from 're2js';
import { toStringSafely } from './types';

interface RegexState {
  readonly re: RE2JS;
  readonly global: boolean;
  lastIndex: number;
}

const states = new WeakMap<object, RegexState>();

/** Compiled patterns by flags and pattern: RE2JS objects are immutable, compiling is the cost. */
const compiled = new Map<string, RE2JS | null>();

function compile(pattern: string, caseInsensitive: boolean): RE2JS | null {
  const key = (caseInsensitive ? 'i:' : ':') + pattern;
  let re = compiled.get(key);
  if (re === undefined) {
    try {
      re = RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    } catch {
      re = null;
    }
    if (compiled.size > 10000) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

/**
 * Only the flags g and i mean anything; other characters are ignored (GTM
 * documents that). An invalid pattern, including lookaround and
 * backreferences (not RE2), gives null.
 */
export function createRegex(pattern: unknown, flags?: unknown): object | null {
  const flagText = typeof flags === 'string' ? flags : '';
  const re = compile(toStringSafely(pattern), flagText.indexOf('i') !== -1);
  if (re === null) return null;
  const state: RegexState = { re, global: flagText.indexOf('g') !== -1, lastIndex: 0 };
  const token = {};
  // String replace/match/search take the token as they take a RegExp (Google's
  // createRegex docs; stape's Supabase suite strips a slash with replace).
  // Well-known symbols are shared across realms, so sandbox strings find them.
  const methods: [symbol, (text: unknown, replacement?: unknown) => unknown][] = [
    [Symbol.replace, (text, replacement) => replaceMatches(state, text, replacement)],
    [Symbol.match, (text) => matchAll(state, text)],
    [Symbol.search, (text) => searchFirst(state, text)],
  ];
  for (const [symbol, fn] of methods) Object.defineProperty(token, symbol, { value: fn });
  Object.freeze(token);
  states.set(token, state);
  return token;
}

interface Found {
  start: number;
  end: number;
  /** The whole match, then each group (undefined when it took no part). */
  groups: (string | undefined)[];
}

/** The first match, or every match for a g regex; an empty match moves on by one. */
function findAll(state: RegexState, text: string, all: boolean): Found[] {
  const found: Found[] = [];
  const matcher = state.re.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const groups: (string | undefined)[] = [];
    for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g) ?? undefined);
    found.push({ start: matcher.start(), end: matcher.end(), groups });
    if (!all) break;
    from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
  }
  // As with a RegExp, a global replace or match starts over next time.
  if (all) state.lastIndex = 0;
  return found;
}

/** `$$`, `$&` and `$1`…`$99` in a replacement string, as String.prototype.replace reads them. */
function expand(replacement: string, match: Found): string {
  return replacement.replace(/\$(\$|&|\d{1,2})/g, (whole, code: string) => {
    if (code === '$') return '$';
    if (code === '&') return match.groups[0] ?? '';
    const n = Number(code);
    return n >= 1 && n < match.groups.length ? (match.groups[n] ?? '') : whole;
  });
}

function replaceMatches(state: RegexState, input: unknown, replacement: unknown): string {
  const text = toStringSafely(input);
  let out = '';
  let last = 0;
  for (const match of findAll(state, text, state.global)) {
    out += text.slice(last, match.start);
    out +=
      typeof replacement === 'function'
        ? toStringSafely(replacement(...match.groups, match.start, text))
        : expand(toStringSafely(replacement), match);
    last = match.end;
  }
  return out + text.slice(last);
}

/** Without g: the match and its groups; with g: every whole match; no match: null. */
function matchAll(state: RegexState, input: unknown): (string | undefined)[] | null {
  const found = findAll(state, toStringSafely(input), state.global);
  if (found.length === 0) return null;
  return state.global ? found.map((m) => m.groups[0]) : found[0].groups;
}

function searchFirst(state: RegexState, input: unknown): number {
  const found = findAll(state, toStringSafely(input), false);
  return found.length > 0 ? found[0].start : -1;
}

/**
 * Without g, any match anywhere in the string. With g, it behaves like
 * RegExp.prototype.test: the search resumes where the last match ended, and a
 * miss returns false and starts over (GTM: "a regex with the global flag is
 * stateful"). Anything but a createRegex result never matches.
 */
export function testRegex(regex: unknown, input: unknown): boolean {
  const state = typeof regex === 'object' && regex !== null ? states.get(regex) : undefined;
  if (state === undefined) return false;
  const text = toStringSafely(input);
  if (!state.global) return state.re.matcher(text).find(0);
  if (state.lastIndex > text.length) {
    state.lastIndex = 0;
    return false;
  }
  const matcher = state.re.matcher(text);
  if (!matcher.find(state.lastIndex)) {
    state.lastIndex = 0;
    return false;
  }
  state.lastIndex = matcher.end();
  return true;
}
