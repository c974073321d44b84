/**
 * The logger: gating by log mode and container mode, one JSON line per
 * entry, problems as {key, reason}, and the redaction guarantee (tokens,
 * appsecret_proofs and raw identifiers never reach a line).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegex } from '../../template-src/sandbox/apis';
import type { LogIo } from '../../template-src/log/io';
import { createLogger, LOG_TAG, MAX_VALUE_LENGTH } from '../../template-src/log/logger';
import { matchKeySummary } from '../../template-src/log/match-keys';
import { readLogMode } from '../../template-src/log/modes';
import {
  redact as redactForms,
  redactionForms,
  REDACTED,
  TOKEN_SHAPE,
} from '../../template-src/log/redact';
import { rawIdentifiers, secretsOfPixelRows } from '../../template-src/log/sensitive';

const TOKEN = 'EAAGm0PX4ZCpsBAKq9ZBZC1xQ7ZB' + 'x'.repeat(120);
const PROOF = 'a'.repeat(32) + 'b'.repeat(32);

function fakeIo(version: Partial<ContainerVersion> | undefined) {
  const lines: string[] = [];
  let versionCalls = 0;
  const io: LogIo = {
    logToConsole: (line: string) => {
      lines.push(line);
    },
    getContainerVersion: () => {
      versionCalls++;
      return version as ContainerVersion | undefined;
    },
  };
  return { io, lines, versionCalls: () => versionCalls };
}

/** `text` with `secrets` (and their JSON-escaped forms) and token shapes cut out. */
function redact(text: string, secrets: string[]): string {
  return redactForms(text, redactionForms(secrets), createRegex(TOKEN_SHAPE, 'g')!);
}

/** `text` with only the token shapes cut out. */
function maskTokenShapes(text: string): string {
  return redact(text, []);
}

const PREVIEW = { debugMode: false, previewMode: true };
const DEBUG = { debugMode: true, previewMode: false };
const PRODUCTION = { debugMode: false, previewMode: false };

describe('readLogMode', () => {
  it.each([
    ['off', 'off'],
    ['always', 'always'],
    ['debug', 'debug'],
    [undefined, 'debug'],
    ['', 'debug'],
    ['ALWAYS', 'debug'],
    [true, 'debug'],
  ])('%j → %s', (value, mode) => {
    expect(readLogMode(value)).toBe(mode);
  });
});

describe('createLogger gating', () => {
  it.each([
    ['off', PREVIEW, false],
    ['off', DEBUG, false],
    ['debug', PREVIEW, true],
    ['debug', DEBUG, true],
    ['debug', PRODUCTION, false],
    ['debug', undefined, false],
    [undefined, PREVIEW, true],
    [undefined, PRODUCTION, false],
    ['always', PRODUCTION, true],
    ['always', undefined, true],
  ] as const)('mode %s in %j → enabled %s', (mode, version, enabled) => {
    const f = fakeIo(version);
    const log = createLogger({ logMode: mode }, f.io);
    log.write('x', { a: 1 });
    expect(log.enabled).toBe(enabled);
    expect(f.lines.length).toBe(enabled ? 1 : 0);
  });

  it('asks for the container version only in debug mode', () => {
    const always = fakeIo(PRODUCTION);
    createLogger({ logMode: 'always' }, always.io);
    expect(always.versionCalls()).toBe(0);
    const debug = fakeIo(PRODUCTION);
    createLogger({ logMode: 'debug' }, debug.io);
    expect(debug.versionCalls()).toBe(1);
  });
});

describe('line format', () => {
  it('writes one JSON line with tag and type first and undefined fields left out', () => {
    const f = fakeIo(PREVIEW);
    createLogger({}, f.io).write('response', { pixel: '123', status: 500, error: undefined });
    expect(f.lines).toHaveLength(1);
    expect(f.lines[0]).not.toContain('\n');
    expect(f.lines[0]).toBe(
      '{"tag":"' + LOG_TAG + '","type":"response","pixel":"123","status":500}',
    );
  });

  it('logs problems as key and reason only, and nothing for an empty list', () => {
    const f = fakeIo(PREVIEW);
    const log = createLogger({}, f.io);
    log.problems('config', []);
    log.problems('config', [{ key: 'pixels[1].pixelId', reason: 'is empty' }]);
    expect(f.lines.map((l) => JSON.parse(l))).toEqual([
      {
        tag: LOG_TAG,
        type: 'problems',
        stage: 'config',
        problems: [{ key: 'pixels[1].pixelId', reason: 'is empty' }],
      },
    ]);
  });
});

describe('redaction', () => {
  it('protects the raw tokens and proofs of the pixels table from the start', () => {
    const f = fakeIo(PREVIEW);
    const rows = [
      { pixelId: '1', accessToken: '  short-token-1 ', appSecretProof: PROOF.toUpperCase() },
      { pixelId: '2', accessToken: 'other-token-22' },
    ];
    const log = createLogger({ pixels: rows }, f.io);
    log.write('probe', {
      message: 'bad token short-token-1 and other-token-22 proof ' + PROOF.toUpperCase(),
    });
    expect(f.lines[0]).not.toContain('short-token-1');
    expect(f.lines[0]).not.toContain('other-token-22');
    expect(f.lines[0]).not.toContain(PROOF.toUpperCase());
    expect(f.lines[0].split(REDACTED)).toHaveLength(4);
  });

  it('ignores blank values, which would otherwise garble every line', () => {
    const f = fakeIo(PREVIEW);
    const log = createLogger({ pixels: [{ pixelId: '1', accessToken: '  ' }] }, f.io);
    log.protect(['', ' ']);
    log.write('problems', { reason: 'is empty' });
    expect(JSON.parse(f.lines[0]).reason).toBe('is empty');
  });

  it('removes values registered later, and their JSON-escaped form', () => {
    const f = fakeIo(PREVIEW);
    const log = createLogger({}, f.io);
    log.protect(['se"cr\\et-value']);
    log.write('probe', { echoed: 'got se"cr\\et-value back' });
    expect(f.lines[0]).not.toContain('se\\"cr\\\\et-value');
    expect(JSON.parse(f.lines[0]).echoed).toBe('got ' + REDACTED + ' back');
  });

  it('masks anything shaped like a Meta token even when it was never registered', () => {
    expect(maskTokenShapes('Malformed access token ' + TOKEN + '.')).toBe(
      'Malformed access token ' + REDACTED + '.',
    );
    expect(maskTokenShapes('EAAshort stays EAA')).toBe('EAAshort stays EAA');
  });

  it('cuts long values only after redacting them, so no part of a secret survives the cut', () => {
    // Regression: a value was cut first, so a secret across the cut was no longer whole and leaked in part.
    const secret = 'sys_user_token_abcdefghijklmnopqrstuvwxyz_0123456789';
    const f = fakeIo(PREVIEW);
    const log = createLogger({ pixels: [{ pixelId: '1', accessToken: secret }] }, f.io);
    const echoed = 'x'.repeat(MAX_VALUE_LENGTH - 20) + ' ' + secret;
    log.write('response', { error: { message: echoed }, list: [echoed] });
    const line = JSON.parse(f.lines[0]);
    expect(f.lines[0]).not.toContain(secret.slice(0, 12));
    expect(line.error.message).toBe('x'.repeat(MAX_VALUE_LENGTH - 20) + ' ' + REDACTED);
    expect(line.list).toEqual([line.error.message]);
  });

  it('keeps the line valid JSON when a short secret equals a number in it', () => {
    // Regression: redacting the finished line turned `"timeout_ms":1500` into `"timeout_ms":[redacted]`.
    const f = fakeIo(PREVIEW);
    const log = createLogger({}, f.io);
    log.protect(['1500']);
    log.write('request', { timeout_ms: 1500, note: 'waited 1500 ms' });
    expect(JSON.parse(f.lines[0])).toMatchObject({
      timeout_ms: 1500,
      note: 'waited ' + REDACTED + ' ms',
    });
  });

  it('redacts object keys too', () => {
    const f = fakeIo(PREVIEW);
    const log = createLogger({}, f.io);
    log.protect(['secret-key-value']);
    log.write('probe', { map: { 'secret-key-value': 1 } });
    expect(f.lines[0]).not.toContain('secret-key-value');
  });

  it('cuts values longer than MAX_VALUE_LENGTH, at any depth', () => {
    const f = fakeIo(PREVIEW);
    const long = 'y'.repeat(MAX_VALUE_LENGTH * 3);
    createLogger({}, f.io).write('probe', { a: long, b: { c: [long] }, n: 7, t: true });
    const line = JSON.parse(f.lines[0]);
    expect(line.a).toBe('y'.repeat(MAX_VALUE_LENGTH) + '...');
    expect(line.b.c[0]).toBe(line.a);
    expect([line.n, line.t]).toEqual([7, true]);
  });

  it('orders the forms longest first, with the JSON-escaped, URL-encoded and upper-cased forms that differ', () => {
    expect(redactionForms(['ab', 'a"b', 'abcd'])).toEqual([
      'a%22b',
      'abcd',
      'a\\"b',
      'ABCD',
      'a"b',
      'A"B',
      'ab',
      'AB',
    ]);
  });

  it('removes a longer secret whole when it contains a shorter one', () => {
    expect(redact('x abcdefghij y', ['cdef', 'abcdefghij'])).toBe('x ' + REDACTED + ' y');
  });

  it('never leaves a token-like secret in the output, wherever it is echoed', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{16,160}$/);
    fc.assert(
      fc.property(secret, fc.array(fc.string(), { maxLength: 4 }), (s, pieces) => {
        const text = pieces.join(s) + s + pieces.join(' ' + s.toLowerCase() + ' ');
        const out = redact(text, [s]);
        expect(out).not.toContain(s);
      }),
    );
  });
});

describe('sensitive values', () => {
  it('collects tokens and proofs from table rows, as typed and trimmed', () => {
    expect(
      secretsOfPixelRows([
        { accessToken: ' tok ', appSecretProof: 'P' },
        { accessToken: ' \n ', appSecretProof: '' },
        null,
        'row',
        { accessToken: 42 },
      ]),
    ).toEqual([' tok ', 'tok', 'P']);
    expect(secretsOfPixelRows(undefined)).toEqual([]);
  });

  it('collects unhashed user_data values but not SHA-256 hashes', () => {
    const hash = 'ab'.repeat(32);
    expect(
      rawIdentifiers({
        em: [hash, hash.toUpperCase()],
        client_ip_address: '203.0.113.7',
        client_user_agent: 'Mozilla/5.0',
        fbp: 'fb.1.1700000000000.123456789',
        external_id: ['user-1234', 98765],
        ge: 'm',
        nested: { a: 'not collected' },
      }),
    ).toEqual(['203.0.113.7', 'Mozilla/5.0', 'fb.1.1700000000000.123456789', 'user-1234', '98765']);
  });
});

describe('matchKeySummary', () => {
  it('lists the keys that carry a value, sorted, never the values', () => {
    expect(
      matchKeySummary({
        ph: ['', 'abc'],
        em: 'abc',
        fbp: '',
        fn: [],
        client_ip_address: '203.0.113.7',
        ln: null,
        zp: undefined,
        external_id: 7,
      }),
    ).toEqual(['client_ip_address', 'em', 'external_id', 'ph']);
    expect(matchKeySummary(undefined)).toEqual([]);
    expect(matchKeySummary(['em'])).toEqual([]);
  });
});
