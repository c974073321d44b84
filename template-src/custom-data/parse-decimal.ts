import { createRegex, makeNumber } from '../sandbox/apis';
import { isDigits } from '../lib/text';
import { WHITESPACE_CLASS } from '../meta/compact';

const MAX_TEXT = 64;

/**
 * A finite number from a number or from text such as "12.50", "12,50",
 * "1,234.56", "1.234,56" or "1 234,56". With both marks present the later
 * one is the decimal mark; a lone comma followed by exactly three digits, a
 * repeated mark or a space groups thousands, in groups of three. Undefined
 * for anything else (NaN, Infinity, "abc", "$12", "1e3", "1.23.4",
 * "1.234,", objects).
 */
export function parseDecimal(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw - raw === 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  // No number is written with more; longer text is not worth scanning.
  if (raw.length > MAX_TEXT) return undefined;
  let text = raw.trim();
  let sign = '';
  if (text.charAt(0) === '-' || text.charAt(0) === '+') {
    sign = text.charAt(0) === '-' ? '-' : '';
    text = text.substring(1).trim();
  }
  text = withoutSpaceGrouping(text);
  if (text.length === 0 || text.length > 30) return undefined;
  if (text.search(createRegex('^[0-9.,]+$')!) !== 0) return undefined;
  const mark = decimalMark(text);
  const at = mark === '' ? text.length : text.lastIndexOf(mark);
  const fraction = text.substring(at + 1);
  const bothMarks = text.indexOf('.') >= 0 && text.indexOf(',') >= 0;
  if ((fraction !== '' && !isDigits(fraction)) || (bothMarks && fraction === '')) return undefined;
  const grouping = mark === '.' ? ',' : mark === ',' ? '.' : text.indexOf(',') >= 0 ? ',' : '.';
  const groups = text.substring(0, at).split(grouping);
  if (groups.length > 1) {
    if (groups[0].length < 1 || groups[0].length > 3) return undefined;
    for (let i = 1; i < groups.length; i++) {
      if (groups[i].length !== 3) return undefined;
    }
  }
  const number = makeNumber(sign + groups.join('') + (mark === '' ? '' : '.' + fraction));
  return number - number === 0 ? number : undefined;
}

/**
 * "1 234 567,89" → "1234567,89"; '' (rejected) when a space does not
 * separate a digit from a group of exactly three digits.
 */
function withoutSpaceGrouping(text: string): string {
  const whitespace = createRegex('[' + WHITESPACE_CLASS + ']')!;
  if (text.search(whitespace) < 0) return text;
  let result = '';
  let i = 0;
  while (i < text.length) {
    const character = text.charAt(i);
    if (character.search(whitespace) < 0) {
      result += character;
      i++;
      continue;
    }
    let next = i;
    while (next < text.length && text.charAt(next).search(whitespace) === 0) next++;
    const group = text.substring(next, next + 4);
    const threeDigits = group.length >= 3 && isDigits(group.substring(0, 3));
    const groupEnds = group.length === 3 || !isDigits(group.charAt(3));
    const before = result.charAt(result.length - 1);
    if ((before !== '' && !isDigits(before)) || !threeDigits || !groupEnds) return '';
    i = next;
  }
  return result;
}

/** '.', ',' or '' when the text has only thousands separators. */
function decimalMark(text: string): string {
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
  if (comma >= 0) {
    const single = text.indexOf(',') === comma;
    return single && text.length - comma - 1 !== 3 ? ',' : '';
  }
  if (dot >= 0) return text.indexOf('.') === dot ? '.' : '';
  return '';
}
