import { makeNumber } from '../sandbox/apis';
import { typeOf } from '../sandbox/type-of';
import { consistsOf, DIGITS, WHITESPACE } from '../user-data/characters';

/**
 * A finite number from a number or from text such as "12.50", "12,50",
 * "1,234.56", "1.234,56" or "1 234,56". With both marks present the later
 * one is the decimal mark; a lone comma followed by exactly three digits, a
 * repeated mark or a space groups thousands, in groups of three. Undefined
 * for anything else (NaN, Infinity, "abc", "$12", "1e3", "1.23.4",
 * "1.234,", objects).
 */
export function parseDecimal(raw: any): number | undefined {
  const type = typeOf(raw);
  if (type === 'number') return raw - raw === 0 ? raw : undefined;
  if (type !== 'string') return undefined;
  let text: string = raw.trim();
  let sign = '';
  if (text.charAt(0) === '-' || text.charAt(0) === '+') {
    sign = text.charAt(0) === '-' ? '-' : '';
    text = text.substring(1).trim();
  }
  text = withoutSpaceGrouping(text);
  if (text.length === 0 || text.length > 30 || !consistsOf(text, DIGITS + '.,')) return undefined;
  const mark = decimalMark(text);
  const at = mark === '' ? text.length : text.lastIndexOf(mark);
  const fraction = text.substring(at + 1);
  const bothMarks = text.indexOf('.') >= 0 && text.indexOf(',') >= 0;
  if (!consistsOf(fraction, DIGITS) || (bothMarks && fraction === '')) return undefined;
  const grouping = mark === '.' ? ',' : mark === ',' ? '.' : groupingMark(text);
  const groups = text.substring(0, at).split(grouping);
  const grouped = groups.every((group, i) =>
    i === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3,
  );
  if (groups.length > 1 && !grouped) return undefined;
  const number = makeNumber(sign + groups.join('') + (mark === '' ? '' : '.' + fraction));
  return number - number === 0 ? number : undefined;
}

/**
 * "1 234 567,89" → "1234567,89"; '' (rejected) when a space does not
 * separate a digit from a group of exactly three digits.
 */
function withoutSpaceGrouping(text: string): string {
  let result = '';
  let i = 0;
  while (i < text.length) {
    const character = text.charAt(i);
    if (WHITESPACE.indexOf(character) < 0) {
      result += character;
      i++;
      continue;
    }
    let next = i;
    while (next < text.length && WHITESPACE.indexOf(text.charAt(next)) >= 0) next++;
    const group = text.substring(next, next + 4);
    const threeDigits = consistsOf(group.substring(0, 3), DIGITS) && group.length >= 3;
    const groupEnds = group.length === 3 || DIGITS.indexOf(group.charAt(3)) < 0;
    if (DIGITS.indexOf(result.charAt(result.length - 1)) < 0 || !threeDigits || !groupEnds)
      return '';
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

function groupingMark(text: string): string {
  return text.indexOf(',') >= 0 ? ',' : '.';
}
