/**
 * Character classes for the normalizers. The sandbox has no regular
 * expressions on strings and no charCodeAt, so text is filtered one
 * character at a time against these sets.
 */
import { decodeUriComponent } from '../sandbox/apis';

export const DIGITS = '0123456789';

export const LATIN_LOWERCASE = 'abcdefghijklmnopqrstuvwxyz';

/**
 * ASCII and Unicode spaces, tabs, line breaks, the byte-order mark and
 * zero-width space. GTM's dialect has neither \u escapes nor invisible
 * characters in strings (docs/gtm-dialect.md), so all but the first four are
 * decoded at run time from their UTF-8 bytes: vertical tab, form feed,
 * no-break space, ogham space, U+2000 to U+200B, line and paragraph
 * separators, narrow no-break space, medium mathematical space, ideographic
 * space and the byte-order mark.
 */
export const WHITESPACE =
  ' \t\n\r' +
  decodeUriComponent(
    '%0B%0C%C2%A0%E1%9A%80%E2%80%80%E2%80%81%E2%80%82%E2%80%83%E2%80%84%E2%80%85%E2%80%86' +
      '%E2%80%87%E2%80%88%E2%80%89%E2%80%8A%E2%80%8B%E2%80%A8%E2%80%A9%E2%80%AF%E2%81%9F' +
      '%E3%80%80%EF%BB%BF',
  );

export const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/**
 * Punctuation that phones and word processors put into names and places:
 * curly quotes and apostrophes (O’Brien), primes, modifier letters, hyphens
 * and dashes (U+2010 to U+2015, minus sign), dots, guillemets, signs, and the
 * CJK and full-width marks. None of them is part of a name.
 */
export const UNICODE_PUNCTUATION =
  '‘’‚‛“”„‟′″´ʻʼˋ‐‑‒–—―−·•…«»‹›¿¡§¶¨¯¸°®©™⁄・、。〃〈〉《》「」『』【】〔〕〜〝〞〟' +
  '！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～｡､･';

/** Every character of `text` that is not in `remove`. */
export function removeCharacters(text: string, remove: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (remove.indexOf(character) < 0) kept += character;
  }
  return kept;
}

/** Only the characters of `text` that are in `keep`. */
export function keepCharacters(text: string, keep: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i);
    if (keep.indexOf(character) >= 0) kept += character;
  }
  return kept;
}

export function consistsOf(text: string, allowed: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (allowed.indexOf(text.charAt(i)) < 0) return false;
  }
  return true;
}

/**
 * Lowercase, without whitespace or punctuation, letters of every script
 * kept: the shape Meta wants for names, cities and states.
 */
export function compactLowercase(text: string): string {
  return removeCharacters(text.toLowerCase(), WHITESPACE + ASCII_PUNCTUATION + UNICODE_PUNCTUATION);
}
