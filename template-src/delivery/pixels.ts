/**
 * Reads the pixels (datasets) table: one row per dataset with its own access
 * token, optional appsecret_proof and optional test event code. Problems name
 * the field as `pixels[<row>].<column>`, rows counted from 1 as in the GTM UI,
 * and never quote a value.
 */
import { typeOf } from '../sandbox/type-of';
import type { Problem } from '../problem';
import { fieldText, hasWhitespace, isDigits, isHex64 } from './text';

export interface PixelConfig {
  pixelId: string;
  accessToken: string;
  /** '' when not used. Lowercase hex, computed by the user for THIS row's token. */
  appSecretProof: string;
  /** '' when not set. */
  testEventCode: string;
}

export const PIXELS_FIELD = 'pixels';

interface RowReader {
  row: { [column: string]: unknown };
  at: string;
  problems: Problem[];
}

function cell(reader: RowReader, column: string): string | undefined {
  const text = fieldText(reader.row[column]);
  if (text === undefined) {
    reader.problems.push({ key: reader.at + column, reason: 'must be text' });
  }
  return text;
}

function readPixelId(reader: RowReader): string {
  const id = cell(reader, 'pixelId');
  if (id === undefined) return '';
  if (id === '') {
    reader.problems.push({ key: reader.at + 'pixelId', reason: 'is empty' });
  } else if (!isDigits(id)) {
    reader.problems.push({ key: reader.at + 'pixelId', reason: 'must contain digits only' });
  }
  return id;
}

function readAccessToken(reader: RowReader): string {
  const token = cell(reader, 'accessToken');
  if (token === undefined) return '';
  if (token === '') {
    reader.problems.push({ key: reader.at + 'accessToken', reason: 'is empty' });
  } else if (hasWhitespace(token)) {
    reader.problems.push({
      key: reader.at + 'accessToken',
      reason: 'contains whitespace (copy the token again)',
    });
  }
  return token;
}

function readAppSecretProof(reader: RowReader): string {
  const proof = cell(reader, 'appSecretProof');
  if (proof === undefined || proof === '') return '';
  const lower = proof.toLowerCase();
  if (!isHex64(lower)) {
    reader.problems.push({
      key: reader.at + 'appSecretProof',
      reason: 'must be the 64-character hex HMAC-SHA256 of the access token in this row',
    });
  }
  return lower;
}

function readRow(row: unknown, index: number, problems: Problem[]): PixelConfig {
  const at = PIXELS_FIELD + '[' + (index + 1) + '].';
  if (typeOf(row) !== 'object') {
    problems.push({ key: PIXELS_FIELD + '[' + (index + 1) + ']', reason: 'is not a table row' });
    return { pixelId: '', accessToken: '', appSecretProof: '', testEventCode: '' };
  }
  const reader: RowReader = {
    row: row as { [column: string]: unknown },
    at: at,
    problems: problems,
  };
  const pixelId = readPixelId(reader);
  const accessToken = readAccessToken(reader);
  const appSecretProof = readAppSecretProof(reader);
  const testEventCode = cell(reader, 'testEventCode');
  return {
    pixelId: pixelId,
    accessToken: accessToken,
    appSecretProof: appSecretProof,
    testEventCode: testEventCode === undefined ? '' : testEventCode,
  };
}

/** A proof is bound to one token: the same proof on rows with different tokens is a copy error. */
function checkProofsPerToken(pixels: PixelConfig[], problems: Problem[]): void {
  pixels.forEach((pixel, index) => {
    if (pixel.appSecretProof === '') return;
    for (let earlier = 0; earlier < index; earlier++) {
      const other = pixels[earlier];
      if (
        other.appSecretProof === pixel.appSecretProof &&
        other.accessToken !== pixel.accessToken
      ) {
        problems.push({
          key: PIXELS_FIELD + '[' + (index + 1) + '].appSecretProof',
          reason: 'is the same as row ' + (earlier + 1) + ' but the access token differs',
        });
        return;
      }
    }
  });
}

function checkDuplicateIds(pixels: PixelConfig[], problems: Problem[]): void {
  pixels.forEach((pixel, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      if (pixel.pixelId !== '' && pixels[earlier].pixelId === pixel.pixelId) {
        problems.push({
          key: PIXELS_FIELD + '[' + (index + 1) + '].pixelId',
          reason: 'repeats row ' + (earlier + 1) + ' (the event would be sent twice)',
        });
        return;
      }
    }
  });
}

export function readPixels(value: unknown, problems: Problem[]): PixelConfig[] {
  if (typeOf(value) !== 'array' || (value as unknown[]).length === 0) {
    problems.push({ key: PIXELS_FIELD, reason: 'needs at least one pixel (dataset) row' });
    return [];
  }
  const pixels = (value as unknown[]).map((row, index) => readRow(row, index, problems));
  checkDuplicateIds(pixels, problems);
  checkProofsPerToken(pixels, problems);
  return pixels;
}
