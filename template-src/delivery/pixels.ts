/**
 * Reads the pixels (datasets) table: one row per dataset with its own access
 * token, optional appsecret_proof and optional test event code. A problem
 * names its row by the pixel ID when the row has a usable one
 * (`pixels[pixel 1234].accessToken`), else by its place in the table as the
 * GTM UI counts it (`pixels[row 2].pixelId`), and never quotes a secret.
 */
import { createRegex } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isDigits, textOf } from '../lib/text';
import { isArray, isObject } from '../lib/types';
import { WHITESPACE_CLASS } from '../meta/compact';
import { isLowerHex64 } from '../meta/formats';
import type { PixelConfig } from '../context';

export const PIXELS_FIELD = 'pixels';

/** More datasets than one tag should feed; each row costs a request per event. */
export const MAX_PIXELS = 20;

function cell(
  row: { [column: string]: unknown },
  at: string,
  column: string,
  problems: Problem[],
): string | undefined {
  const text = textOf(row[column]);
  if (text === undefined) report(problems, at + column, 'must be text');
  return text;
}

/** `pixels[pixel <id>].` for a row with a usable ID, `pixels[row <n>].` otherwise. */
function rowLabel(id: string | undefined, index: number): string {
  const usable = id !== undefined && id !== '' && id.length <= 20 && isDigits(id);
  return PIXELS_FIELD + '[' + (usable ? 'pixel ' + id : 'row ' + (index + 1)) + '].';
}

function readRow(row: unknown, index: number, problems: Problem[]): PixelConfig {
  if (!isObject(row)) {
    report(problems, PIXELS_FIELD + '[row ' + (index + 1) + ']', 'is not a table row');
    return {
      pixelId: '',
      accessToken: '',
      appSecretProof: '',
      testEventCode: '',
      allowEvents: '',
      blockEvents: '',
    };
  }
  const id = textOf(row.pixelId);
  const at = rowLabel(id, index);
  if (id === undefined) report(problems, at + 'pixelId', 'must be text');
  else if (id === '') report(problems, at + 'pixelId', 'is empty');
  else if (id !== undefined && !isDigits(id)) {
    report(problems, at + 'pixelId', 'must contain digits only');
  }
  const token = cell(row, at, 'accessToken', problems);
  if (token === '') report(problems, at + 'accessToken', 'is empty');
  else if (token !== undefined && token.search(createRegex('[' + WHITESPACE_CLASS + ']')!) >= 0) {
    report(problems, at + 'accessToken', 'contains whitespace (copy the token again)');
  }
  const proof = cell(row, at, 'appSecretProof', problems);
  const lowerProof = proof === undefined ? '' : proof.toLowerCase();
  if (lowerProof !== '' && !isLowerHex64(lowerProof)) {
    report(
      problems,
      at + 'appSecretProof',
      'must be the 64-character hex HMAC-SHA256 of the access token in this row',
    );
  }
  const testEventCode = cell(row, at, 'testEventCode', problems);
  const allowEvents = cell(row, at, 'allowEvents', problems);
  const blockEvents = cell(row, at, 'blockEvents', problems);
  return {
    pixelId: id === undefined ? '' : id,
    accessToken: token === undefined ? '' : token,
    appSecretProof: lowerProof,
    testEventCode: testEventCode === undefined ? '' : testEventCode,
    allowEvents: allowEvents === undefined ? '' : allowEvents,
    blockEvents: blockEvents === undefined ? '' : blockEvents,
  };
}

/** The ID as Meta reads it: "0123" and "123" are one dataset. */
function sameId(a: string, b: string): boolean {
  return a.replace(createRegex('^0+')!, '') === b.replace(createRegex('^0+')!, '');
}

/**
 * A repeated pixel id would send the event twice; a proof is bound to one
 * token, so the same proof on rows with different tokens is a copy error.
 */
function checkRepeats(pixels: PixelConfig[], problems: Problem[]): void {
  for (let index = 1; index < pixels.length; index++) {
    const pixel = pixels[index];
    const at = rowLabel(pixel.pixelId, index);
    for (let earlier = 0; earlier < index; earlier++) {
      const other = pixels[earlier];
      if (pixel.pixelId !== '' && other.pixelId !== '' && sameId(other.pixelId, pixel.pixelId)) {
        report(
          problems,
          at + 'pixelId',
          'repeats row ' + (earlier + 1) + ' (the event would be sent twice)',
        );
        break;
      }
    }
    if (pixel.appSecretProof === '') continue;
    for (let earlier = 0; earlier < index; earlier++) {
      const other = pixels[earlier];
      if (
        other.appSecretProof === pixel.appSecretProof &&
        other.accessToken !== pixel.accessToken
      ) {
        report(
          problems,
          at + 'appSecretProof',
          'is the same as row ' + (earlier + 1) + ' but the access token differs',
        );
        break;
      }
    }
  }
}

export function readPixels(value: unknown, problems: Problem[]): PixelConfig[] {
  if (!isArray(value) || value.length === 0) {
    report(problems, PIXELS_FIELD, 'needs at least one pixel (dataset) row');
    return [];
  }
  if (value.length > MAX_PIXELS) {
    report(problems, PIXELS_FIELD, 'has more than ' + MAX_PIXELS + ' rows');
    return [];
  }
  const pixels: PixelConfig[] = [];
  for (let index = 0; index < value.length; index++) {
    pixels.push(readRow(value[index], index, problems));
  }
  checkRepeats(pixels, problems);
  return pixels;
}
