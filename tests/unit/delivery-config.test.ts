/**
 * Delivery config validation: every bad field stops the tag before sending
 * and the problem names the field, never its value. Also checks that the
 * field definitions and the reader agree on names and defaults.
 */
import { describe, expect, it } from 'vitest';
import { checkFields } from '../../build/fields-check';
import type { TemplateParameter } from '../../template-src/definition/gtm-types';
import { deliveryFields } from '../../template-src/definition/fields/delivery';
import { loggingFields } from '../../template-src/definition/fields/logging';
import type { TagFields } from '../../template-src/context';
import { configStage, readDeliveryConfig } from '../../template-src/delivery/config';
import {
  DEFAULT_API_VERSION,
  DEFAULT_RETRIES,
  DEFAULT_TIMEOUT_MS,
} from '../../template-src/delivery/defaults';
import type { Problem } from '../../template-src/lib/problems';
import { testContext } from './context';

const TOKEN = 'EAAtoken0123456789';
const PROOF = '0f'.repeat(32);

function fields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pixels: [
      { pixelId: '123456789012345', accessToken: TOKEN, appSecretProof: '', testEventCode: '' },
    ],
    apiVersion: 'v26.0',
    requestTimeoutMs: '1500',
    retries: '1',
    testEventCode: '',
    optimisticSuccess: false,
    ...overrides,
  };
}

function row(overrides: Record<string, unknown>) {
  return {
    pixelId: '111',
    accessToken: TOKEN,
    appSecretProof: '',
    testEventCode: '',
    ...overrides,
  };
}

/** The config stage: the config when it goes on, or no config when any problem stops the tag. */
function readConfig(f: TagFields) {
  const ctx = testContext({ fields: f });
  const stop = configStage(ctx);
  if (stop !== undefined) {
    expect(stop).toEqual({ ok: false, stage: 'config' });
    expect(ctx.problems.length).toBeGreaterThan(0);
  }
  return { config: stop === undefined ? ctx.config : undefined, problems: ctx.problems };
}

function problemsOf(f: Record<string, unknown>) {
  return readConfig(f).problems;
}

describe('readDeliveryConfig: a valid setup', () => {
  it('reads every field, trimmed and normalized', () => {
    const result = readConfig(
      fields({
        pixels: [
          row({
            pixelId: ' 111 ',
            accessToken: ` ${TOKEN}\n`,
            appSecretProof: PROOF.toUpperCase(),
          }),
          row({
            pixelId: 222,
            accessToken: 'other',
            testEventCode: ' TEST2 ',
            allowEvents: ' Purchase, Lead ',
            blockEvents: 'PageView',
          }),
        ],
        apiVersion: ' 25.0 ',
        requestTimeoutMs: 1400,
        retries: 2,
        testEventCode: 'TEST1',
        optimisticSuccess: true,
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.config).toEqual({
      pixels: [
        {
          pixelId: '111',
          accessToken: TOKEN,
          appSecretProof: PROOF,
          testEventCode: '',
          allowEvents: '',
          blockEvents: '',
        },
        {
          pixelId: '222',
          accessToken: 'other',
          appSecretProof: '',
          testEventCode: 'TEST2',
          allowEvents: 'Purchase, Lead',
          blockEvents: 'PageView',
        },
      ],
      apiVersion: 'v25.0',
      timeoutMs: 1400,
      retries: 2,
      testEventCode: 'TEST1',
      optimistic: true,
    });
  });

  it('falls back to the defaults for empty or missing optional fields', () => {
    const result = readConfig({ pixels: [row({})] });
    expect(result.problems).toEqual([]);
    expect(result.config).toMatchObject({
      apiVersion: DEFAULT_API_VERSION,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      retries: DEFAULT_RETRIES,
      testEventCode: '',
      optimistic: false,
    });
  });

  it('only a real true turns optimistic mode on', () => {
    expect(readConfig(fields({ optimisticSuccess: 'true' })).config!.optimistic).toBe(false);
  });

  it('accepts the same proof on two rows that share a token', () => {
    const pixels = [row({ appSecretProof: PROOF }), row({ pixelId: '222', appSecretProof: PROOF })];
    expect(problemsOf(fields({ pixels }))).toEqual([]);
  });
});

describe('a request timeout longer than the delivery budget (issue 16)', () => {
  // Every attempt must end inside GTM's 5 s for a tag: the timeout is shortened, reported, and the
  // event still goes out (4200/2100/1400 ms for 0/1/2 retries).
  it.each([
    [0, 4200],
    [1, 2100],
    [2, 1400],
  ])('with %i retries, %i ms fits and is kept', (retries, longest) => {
    const result = readConfig(fields({ retries, requestTimeoutMs: longest }));
    expect(result.problems).toEqual([]);
    expect(result.config!.timeoutMs).toBe(longest);
  });

  it.each([
    [0, 4201, 4200],
    [1, 2101, 2100],
    [1, 10000, 2100],
    [2, 3000, 1400],
    [2, DEFAULT_TIMEOUT_MS, 1400],
  ])('with %i retries, %i ms is shortened to %i ms and reported', (retries, asked, used) => {
    const result = readConfig(fields({ retries, requestTimeoutMs: asked }));
    expect(result.config!.timeoutMs).toBe(used);
    expect(result.config!.retries).toBe(retries);
    expect(result.problems).toEqual([
      {
        key: 'requestTimeoutMs',
        reason: `with ${retries} retries at most ${used} ms fits the 5 s GTM gives a tag; ${used} ms used`,
      },
    ]);
  });

  it('is not checked when the configuration already has problems (the tag stops anyway)', () => {
    const result = readConfig(fields({ retries: 2, requestTimeoutMs: 3000, apiVersion: 'x' }));
    expect(result.config).toBeUndefined();
    expect(result.problems.map((p) => p.key)).toEqual(['apiVersion']);
  });
});

describe('readDeliveryConfig: problems name the field and stop the tag', () => {
  // A pixel row is named by its pixel ID when it has a usable one, else by its row number (issue 14).
  it.each([
    ['no table', { pixels: undefined }, [{ key: 'pixels', reason: expect.any(String) }]],
    ['empty table', { pixels: [] }, [{ key: 'pixels', reason: expect.any(String) }]],
    ['empty pixel id', { pixels: [row({ pixelId: '' })] }, ['pixels[row 1].pixelId', 'is empty']],
    [
      'whitespace pixel id',
      { pixels: [row({ pixelId: '  \t' })] },
      ['pixels[row 1].pixelId', 'is empty'],
    ],
    [
      'non-digit pixel id',
      { pixels: [row({ pixelId: '12a4' })] },
      ['pixels[row 1].pixelId', 'digits'],
    ],
    [
      'pixel id with a dash',
      { pixels: [row({ pixelId: '-123' })] },
      ['pixels[row 1].pixelId', 'digits'],
    ],
    [
      'pixel id as a float',
      { pixels: [row({ pixelId: 1.5 })] },
      ['pixels[row 1].pixelId', 'digits'],
    ],
    [
      'pixel id object',
      { pixels: [row({ pixelId: { id: 1 } })] },
      ['pixels[row 1].pixelId', 'text'],
    ],
    [
      'empty token',
      { pixels: [row({ accessToken: '' })] },
      ['pixels[pixel 111].accessToken', 'is empty'],
    ],
    [
      'missing token',
      { pixels: [row({ accessToken: undefined })] },
      ['pixels[pixel 111].accessToken', 'is empty'],
    ],
    [
      'whitespace token',
      { pixels: [row({ accessToken: ' \n ' })] },
      ['pixels[pixel 111].accessToken', 'is empty'],
    ],
    [
      'token with a space',
      { pixels: [row({ accessToken: 'EAA abc' })] },
      ['pixels[pixel 111].accessToken', 'whitespace'],
    ],
    [
      'short proof',
      { pixels: [row({ appSecretProof: 'abc' })] },
      ['pixels[pixel 111].appSecretProof', 'hex'],
    ],
    [
      'non-hex proof',
      { pixels: [row({ appSecretProof: 'g'.repeat(64) })] },
      ['pixels[pixel 111].appSecretProof', 'hex'],
    ],
    ['row not an object', { pixels: ['123'] }, ['pixels[row 1]', 'row']],
    [
      'second row',
      { pixels: [row({}), row({ pixelId: '222', accessToken: '' })] },
      ['pixels[pixel 222].accessToken', 'is empty'],
    ],
    [
      'duplicate pixel',
      { pixels: [row({}), row({ accessToken: 'other' })] },
      ['pixels[pixel 111].pixelId', 'repeats row 1'],
    ],
    [
      'proof reused for another token',
      {
        pixels: [
          row({ appSecretProof: PROOF }),
          row({ pixelId: '222', accessToken: 'other', appSecretProof: PROOF }),
        ],
      },
      ['pixels[pixel 222].appSecretProof', 'row 1'],
    ],
    ['api version word', { apiVersion: 'latest' }, ['apiVersion', 'v26.0']],
    ['api version without minor', { apiVersion: 'v26' }, ['apiVersion', 'v26.0']],
    ['api version with three parts', { apiVersion: 'v26.0.1' }, ['apiVersion', 'v26.0']],
    ['api version object', { apiVersion: { v: 26 } }, ['apiVersion', 'v26.0']],
    ['timeout text', { requestTimeoutMs: 'fast' }, ['requestTimeoutMs', 'whole number']],
    ['timeout with unit', { requestTimeoutMs: '1500ms' }, ['requestTimeoutMs', 'whole number']],
    ['timeout negative', { requestTimeoutMs: -5 }, ['requestTimeoutMs', 'whole number']],
    ['timeout too small', { requestTimeoutMs: '50' }, ['requestTimeoutMs', '100 to 10000']],
    ['timeout too large', { requestTimeoutMs: '60000' }, ['requestTimeoutMs', '100 to 10000']],
    ['retries 3', { retries: '3' }, ['retries', '0 to 2']],
    ['retries text', { retries: 'once' }, ['retries', '0 to 2']],
    ['test code object', { testEventCode: { code: 'T' } }, ['testEventCode', 'text']],
  ])('%s', (_name, overrides, expected) => {
    const result = readConfig(fields(overrides as Record<string, unknown>));
    expect(result.config).toBeUndefined();
    if (Array.isArray(expected) && typeof expected[0] === 'string') {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].key).toBe(expected[0]);
      expect(result.problems[0].reason).toContain(expected[1]);
    } else {
      expect(result.problems).toEqual(expected);
    }
  });

  // Changed from 0.1.0 (issue 14, accepted): 0.1.0 read a non-finite number as its text ("NaN",
  // "Infinity") and sent it as a token or test event code; now it is "must be text" and stops the tag.
  it.each([
    ['a pixel id', { pixels: [row({ pixelId: NaN })] }, 'pixels[row 1].pixelId'],
    ['an access token', { pixels: [row({ accessToken: NaN })] }, 'pixels[pixel 111].accessToken'],
    [
      'an appsecret_proof',
      { pixels: [row({ appSecretProof: -Infinity })] },
      'pixels[pixel 111].appSecretProof',
    ],
    [
      'a row test event code',
      { pixels: [row({ testEventCode: Infinity })] },
      'pixels[pixel 111].testEventCode',
    ],
    ['the test event code field', { testEventCode: NaN }, 'testEventCode'],
  ])(
    '%s that is not a finite number must be text (not its "NaN" text, as in 0.1.0)',
    (_name, overrides, key) => {
      const result = readConfig(fields(overrides));
      expect(result.config).toBeUndefined();
      expect(result.problems).toEqual([{ key, reason: 'must be text' }]);
    },
  );

  it('still gives a whole config, with defaults for the fields at fault', () => {
    const problems: Problem[] = [];
    const config = readDeliveryConfig(
      fields({ apiVersion: 'latest', retries: 'once', testEventCode: {} }),
      problems,
    );
    expect(problems.map((p) => p.key)).toEqual(['apiVersion', 'retries', 'testEventCode']);
    expect(config).toMatchObject({
      apiVersion: DEFAULT_API_VERSION,
      retries: DEFAULT_RETRIES,
      testEventCode: '',
    });
  });

  it('reports every problem at once and never quotes a value', () => {
    const result = readConfig(
      fields({
        pixels: [row({ pixelId: 'abc', accessToken: 'EAA secret' }), row({ pixelId: '' })],
        apiVersion: 'x',
        requestTimeoutMs: 'y',
        retries: 'z',
      }),
    );
    expect(result.problems.map((p) => p.key)).toEqual([
      'pixels[row 1].pixelId',
      'pixels[row 1].accessToken',
      'pixels[row 2].pixelId',
      'apiVersion',
      'requestTimeoutMs',
      'retries',
    ]);
    const text = JSON.stringify(result.problems);
    for (const value of ['abc', 'EAA secret', '"x"', '"y"', '"z"'])
      expect(text).not.toContain(value);
  });
});

function flatten(params: TemplateParameter[]): TemplateParameter[] {
  return params.flatMap((p) => [p, ...flatten(p.subParams ?? [])]);
}

describe('field definitions', () => {
  const all = flatten([...deliveryFields, ...loggingFields]);
  const byName = new Map(all.map((p) => [p.name, p]));

  it('pass the build’s field check', () => {
    expect(
      checkFields([
        { file: 'delivery.ts', fields: deliveryFields },
        { file: 'logging.ts', fields: loggingFields },
      ]),
    ).toEqual([]);
  });

  it('define exactly the names the readers use', () => {
    expect([...byName.keys()].sort()).toEqual(
      [
        'apiVersion',
        'deliverySettings',
        'logMode',
        'loggingSettings',
        'optimisticSuccess',
        'pixels',
        'requestTimeoutMs',
        'retries',
        'testEventCode',
      ].sort(),
    );
    expect(byName.get('pixels')!.simpleTableColumns!.map((c) => c.name)).toEqual([
      'pixelId',
      'accessToken',
      'appSecretProof',
      'testEventCode',
      'allowEvents',
      'blockEvents',
    ]);
  });

  it('give a valid config from their defaults plus one pixel row', () => {
    const data: Record<string, unknown> = { pixels: [row({})] };
    for (const p of all) if (p.defaultValue !== undefined) data[p.name] = p.defaultValue;
    const result = readConfig(data);
    expect(result.problems).toEqual([]);
    expect(result.config).toMatchObject({
      apiVersion: DEFAULT_API_VERSION,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      retries: DEFAULT_RETRIES,
      optimistic: false,
    });
    expect(data.logMode).toBe('debug');
  });

  it('offer every retry count the reader accepts, and no other', () => {
    const values = byName.get('retries')!.selectItems!.map((i) => i.value);
    expect(values).toEqual(['0', '1', '2']);
    // A timeout that fits the delivery budget for every retry count (see the timeout tests).
    for (const v of values) {
      expect(problemsOf(fields({ retries: v, requestTimeoutMs: '1000' }))).toEqual([]);
    }
  });

  it('use a UI regex that agrees with the reader on literal API versions', () => {
    const versionRegex = new RegExp(
      byName.get('apiVersion')!.valueValidators!.find((v) => v.type === 'REGEX')!
        .args![0] as string,
    );
    for (const value of ['v26.0', '26.0', 'latest', ' v25.0 ']) {
      expect(versionRegex.test(value), value).toBe(
        problemsOf(fields({ apiVersion: value })).length === 0,
      );
    }
  });

  it('leave pixel ID and proof cells to the reader, which names the row', () => {
    for (const c of byName.get('pixels')!.simpleTableColumns!) {
      expect((c.valueValidators ?? []).map((v) => v.type)).not.toContain('REGEX');
    }
    expect(problemsOf(fields({ pixels: [row({}), row({ pixelId: '12a' })] }))).toEqual([
      { key: 'pixels[row 2].pixelId', reason: 'must contain digits only' },
    ]);
    expect(problemsOf(fields({ pixels: [row({ appSecretProof: 'abc' })] }))[0].key).toBe(
      'pixels[pixel 111].appSecretProof',
    );
  });
});
