import { DIGITS, LATIN_LOWERCASE } from './characters';
import { lookup } from './objects';
import { makeNumber } from '../sandbox/apis';

const MONTHS: { [prefix: string]: number } = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
  const tokens = tokenize(value.toLowerCase());
  const numbers = tokens.numbers;
  let date: number[] | undefined;
  if (tokens.month > 0) {
    date = numbers.length >= 2 ? dayAndYearAround(tokens.month, numbers[0], numbers[1]) : undefined;
  } else if (numbers.length === 1 && tokens.lengths[0] === 8) {
    date = compactDate(tokens.digits[0]);
  } else if (numbers.length >= 3) {
    date = orderedDate(numbers[0], numbers[1], numbers[2], tokens.lengths);
  }
  return date !== undefined && isPossible(date, currentYear) ? formatDate(date) : undefined;
}

interface Tokens {
  numbers: number[];
  digits: string[];
  lengths: number[];
  /** The month when it is written as a word, else 0. */
  month: number;
}

function tokenize(text: string): Tokens {
  const tokens: Tokens = { numbers: [], digits: [], lengths: [], month: 0 };
  let run = '';
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const character = text.charAt(i);
    if (character !== '' && DIGITS.indexOf(character) >= 0) {
      run += character;
    } else if (run !== '') {
      tokens.digits.push(run);
      tokens.numbers.push(makeNumber(run));
      tokens.lengths.push(run.length);
      run = '';
    }
    if (character !== '' && LATIN_LOWERCASE.indexOf(character) >= 0) {
      word += character;
    } else if (word !== '') {
      const month = word.length >= 3 ? lookup(MONTHS, word.substring(0, 3)) : undefined;
      if (month !== undefined && tokens.month === 0) tokens.month = month;
      word = '';
    }
  }
  return tokens;
}

/** "16 Feb 1997" or "Feb 16, 1997": the four-digit number is the year. */
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

function orderedDate(n1: number, n2: number, n3: number, lengths: number[]): number[] | undefined {
  if (n1 > 31) return n2 > 12 ? [n1, n3, n2] : [n1, n2, n3];
  if (lengths[2] < 4) return undefined;
  return n1 > 12 ? [n3, n2, n1] : [n3, n1, n2];
}

function isPossible(date: number[], currentYear: number): boolean {
  const year = date[0];
  const month = date[1];
  const day = date[2];
  if (year < OLDEST_YEAR || year > currentYear || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  return day <= days;
}

function formatDate(date: number[]): string {
  return date[0] + twoDigits(date[1]) + twoDigits(date[2]);
}

function twoDigits(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}
