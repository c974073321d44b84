/**
 * Reads the pixels (datasets) table: one row per dataset with its own access
 * token, optional appsecret_proof and optional test event code. Problems name
 * the field as `pixels[<row>].<column>`, rows counted from 1 as in the GTM UI,
 * and never quote a value.
 */
import { createRegex } from '../sandbox/apis';
import { report, type Problem } from '../lib/problems';
import { isDigits, textOf } from '../lib/text';
import { isArray, isObject } from '../lib/types';
import { isLowerHex64 } from '../meta/formats';
import type { PixelConfig } from '../context';

export const PIXELS_FIELD = 'pixels';

const WHITESPACE = '[\\x{9}-\\x{d}\\x{20}\\x{a0}]';

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

function readRow(row: unknown, index: number, problems: Problem[]): PixelConfig {
  if (!isObject(row)) {
    report(problems, PIXELS_FIELD + '[' + (index + 1) + ']', 'is not a table row');
    return { pixelId: '', accessToken: '', appSecretProof: '', testEventCode: '' };
  }
  const at = PIXELS_FIELD + '[' + (index + 1) + '].';
  const id = cell(row, at, 'pixelId', problems);
  if (id === '') report(problems, at + 'pixelId', 'is empty');
  else if (id !== undefined && !isDigits(id)) {
    report(problems, at + 'pixelId', 'must contain digits only');
  }
  const token = cell(row, at, 'accessToken', problems);
  if (token === '') report(problems, at + 'accessToken', 'is empty');
  else if (token !== undefined && token.search(createRegex(WHITESPACE)!) >= 0) {
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
  return {
    pixelId: id === undefined ? '' : id,
    accessToken: token === undefined ? '' : token,
    appSecretProof: lowerProof,
    testEventCode: testEventCode === undefined ? '' : testEventCode,
  };
}

/**
 * A repeated pixel id would send the event twice; a proof is bound to one
 * token, so the same proof on rows with different tokens is a copy error.
 */
function checkRepeats(pixels: PixelConfig[], problems: Problem[]): void {
  for (let index = 1; index < pixels.length; index++) {
    const pixel = pixels[index];
    for (let earlier = 0; earlier < index; earlier++) {
      if (pixel.pixelId !== '' && pixels[earlier].pixelId === pixel.pixelId) {
        report(
          problems,
          PIXELS_FIELD + '[' + (index + 1) + '].pixelId',
          'repeats row ' + (earlier + 1) + ' (the event would be sent twice)',
        );
        break;
      }
    }
  }
  for (let index = 1; index < pixels.length; index++) {
    const pixel = pixels[index];
    if (pixel.appSecretProof === '') continue;
    for (let earlier = 0; earlier < index; earlier++) {
      const other = pixels[earlier];
      if (
        other.appSecretProof === pixel.appSecretProof &&
        other.accessToken !== pixel.accessToken
      ) {
        report(
          problems,
          PIXELS_FIELD + '[' + (index + 1) + '].appSecretProof',
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
  const pixels: PixelConfig[] = [];
  for (let index = 0; index < value.length; index++) {
    pixels.push(readRow(value[index], index, problems));
  }
  checkRepeats(pixels, problems);
  return pixels;
}
