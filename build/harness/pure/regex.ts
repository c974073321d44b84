/**
 * createRegex and testRegex on RE2 (re2js), as GTM's server runtime does.
 * The sandbox gets an opaque, frozen token; the compiled pattern and the
 * `g` position live here, keyed by that token, so templates cannot read or
 * forge them.
 */
import { RE2JS } from 're2js';
import { toStringSafely } from './types';

interface RegexState {
  readonly re: RE2JS;
  readonly global: boolean;
  lastIndex: number;
}

const states = new WeakMap<object, RegexState>();

/**
 * Only the flags g and i mean anything; other characters are ignored (GTM
 * documents that). An invalid pattern, including lookaround and
 * backreferences (not RE2), gives null.
 */
export function createRegex(pattern: unknown, flags?: unknown): object | null {
  const flagText = typeof flags === 'string' ? flags : '';
  let re: RE2JS;
  try {
    re = RE2JS.compile(
      toStringSafely(pattern),
      flagText.indexOf('i') !== -1 ? RE2JS.CASE_INSENSITIVE : 0,
    );
  } catch {
    return null;
  }
  const token = Object.freeze({});
  states.set(token, { re, global: flagText.indexOf('g') !== -1, lastIndex: 0 });
  return token;
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
