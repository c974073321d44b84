import { createRegex, makeNumber } from '../sandbox/apis';

/** Month names by their first three letters; a month's number is its position / 4 + 1. */
const MONTHS = '|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|';
const OLDEST_YEAR = 1900;

/**
 * db: YYYYMMDD from the common ways of writing a date: "1997-02-16",
 * "16.02.1997", "2/16/1997", "19970216", "16 Feb 1997", "February 16, 1997",
 * an ISO timestamp. A first number above 31 is a year (Y-M-D); otherwise the
 * year comes last and the order is M-D-Y unless the first number exceeds 12
 * (D-M-Y). Undefined for an impossible date, a two-digit year or a year
 * outside 1900..currentYear.
 */
export function normalizeDateOfBirth(value: string, currentYear: number): string | undefined {
  const text = value.toLowerCase();
  const runs = text.match(createRegex('[0-9]+', 'g')!) || [];
  const month = monthWritten(text.match(createRegex('[a-z]+', 'g')!) || []);
  let date: number[] | undefined;
  if (month > 0) {
    date =
      runs.length >= 2
        ? dayAndYearAround(month, makeNumber(runs[0]), makeNumber(runs[1]))
        : undefined;
  } else if (runs.length === 1 && runs[0].length === 8) {
    date = compactDate(runs[0]);
  } else if (runs.length >= 3) {
    date = orderedDate(
      makeNumber(runs[0]),
      makeNumber(runs[1]),
      makeNumber(runs[2]),
      runs[2].length,
    );
  }
  return date !== undefined && isPossible(date, currentYear) ? formatDate(date) : undefined;
}

/** The month of the first word (3 letters or more) that starts like a month's name; 0 if none. */
function monthWritten(words: string[]): number {
  for (const word of words) {
    const at = word.length >= 3 ? MONTHS.indexOf('|' + word.substring(0, 3) + '|') : -1;
    if (at >= 0) return at / 4 + 1;
  }
  return 0;
}

/** "16 Feb 1997" or "Feb 16, 1997": the number above 31 is the year. */
function dayAndYearAround(month: number, first: number, second: number): number[] | undefined {
  if (first > 31) return [first, month, second];
  if (second > 31) return [second, month, first];
  return undefined;
}

function compactDate(digits: string): number[] {
  const asYearFirst = [
    makeNumber(digits.substring(0, 4)),
    makeNumber(digits.substring(4, 6)),
    makeNumber(digits.substring(6, 8)),
  ];
  if (asYearFirst[0] >= OLDEST_YEAR) return asYearFirst;
  const first = makeNumber(digits.substring(0, 2));
  const second = makeNumber(digits.substring(2, 4));
  const year = makeNumber(digits.substring(4, 8));
  return first > 12 ? [year, second, first] : [year, first, second];
}

function orderedDate(
  n1: number,
  n2: number,
  n3: number,
  thirdLength: number,
): number[] | undefined {
  if (n1 > 31) return n2 > 12 ? [n1, n3, n2] : [n1, n2, n3];
  if (thirdLength < 4) return undefined;
  return n1 > 12 ? [n3, n2, n1] : [n3, n1, n2];
}

function isPossible(date: number[], currentYear: number): boolean {
  const year = date[0];
  const month = date[1];
  const day = date[2];
  if (year < OLDEST_YEAR || year > currentYear || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= days;
}

function formatDate(date: number[]): string {
  return date[0] + twoDigits(date[1]) + twoDigits(date[2]);
}

function twoDigits(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}
