/**
 * The parts behind the CLI's checks and the build message: a template's
 * field names, the closest-name suggestion, secret masking and the build
 * summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../build/build-summary';
import { ROOT } from '../../build/build';
import { renderFieldReference } from '../../build/field-reference';
import { closestName } from '../../build/harness/cli/did-you-mean';
import { maskSecrets, secretsOf } from '../../build/harness/cli/secrets';
import type { HttpRequestRecord } from '../../build/harness/http';
import { templateFields } from '../../build/harness/template-fields';
import { parseTpl } from '../../build/tpl';
import { fieldSources } from '../../template-src/definition/fields/index';

describe('templateFields', () => {
  it('reads fields at any depth, table columns, and groups with their members', () => {
    const { fields, groups } = templateFields([
      { type: 'LABEL', name: 'intro' },
      {
        type: 'GROUP',
        name: 'outer',
        subParams: [
          { type: 'TEXT', name: 'a' },
          { type: 'GROUP', name: 'inner', subParams: [{ type: 'CHECKBOX', name: 'b' }] },
          {
            type: 'RADIO',
            name: 'mode',
            radioItems: [{ value: 'x', subParams: [{ type: 'TEXT', name: 'c' }] }],
          },
        ],
      },
      {
        type: 'PARAM_TABLE',
        name: 'rows',
        paramTableColumns: [{ param: { type: 'TEXT', name: 'key' } }, { param: { name: 'v' } }],
      },
      { type: 'SIMPLE_TABLE', name: 'simple', simpleTableColumns: [{ name: 'from' }] },
    ]);
    expect([...fields.keys()]).toEqual(['a', 'b', 'mode', 'c', 'rows', 'simple']);
    expect(fields.get('rows')!.columns).toEqual(['key', 'v']);
    expect(fields.get('simple')!.columns).toEqual(['from']);
    expect(fields.get('a')!.columns).toBeUndefined();
    expect(Object.fromEntries(groups)).toEqual({ outer: ['a', 'b', 'mode', 'c'], inner: ['b'] });
  });

  it('tolerates a malformed parameters section instead of throwing', () => {
    expect(templateFields(undefined).fields.size).toBe(0);
    expect(templateFields([null, 3, { type: 'GROUP', name: 'g', subParams: 'x' }]).groups).toEqual(
      new Map([['g', []]]),
    );
  });
});

describe('closestName', () => {
  const known = ['pixels', 'testEventCode', 'status', 'sequence'];

  it('finds typos, transpositions and case slips', () => {
    expect(closestName('pixel', known)).toBe('pixels');
    expect(closestName('testEventcode', known)).toBe('testEventCode');
    expect(closestName('stauts', known)).toBe('status');
    expect(closestName('seqeunce', known)).toBe('sequence');
  });

  it('suggests nothing for a name that is not close to any', () => {
    expect(closestName('fooBar', known)).toBeUndefined();
    expect(closestName('px', known)).toBeUndefined();
  });
});

describe('secret masking', () => {
  const request = (over: Partial<HttpRequestRecord>): HttpRequestRecord => ({
    api: 'sendHttpRequest',
    form: 'promise',
    url: 'https://graph.facebook.com/v25.0/1/events',
    method: 'POST',
    headers: {},
    body: undefined,
    timeoutMs: 1000,
    sentAt: 0,
    outcome: { kind: 'pending' },
    unmatched: false,
    ...over,
  });

  it('finds tokens in the URL, a form body, an Authorization header and secret-named fields', () => {
    const secrets = secretsOf(
      [
        request({ url: 'https://graph.facebook.com/x?access_token=URLTOKEN1234&a=1' }),
        request({ body: 'data=%5B%5D&appsecret_proof=FORMPROOF1234' }),
        request({ headers: { Authorization: 'Bearer HEADERTOKEN1234' } }),
        request({ body: '{"nested":{"access_token":"JSONTOKEN1234"},"other":"value12345"}' }),
      ],
      { rows: [{ apiSecret: 'FIELDSECRET1234', name: 'not a secret' }], short: 'tok' },
    );
    expect(secrets.sort()).toEqual([
      'FIELDSECRET1234',
      'FORMPROOF1234',
      'HEADERTOKEN1234',
      'JSONTOKEN1234',
      'URLTOKEN1234',
    ]);
  });

  it('masks every occurrence, keeping 4 characters of a long secret only', () => {
    const long = 'EAABxxxxxxxxxxxxxxxxxxxx';
    expect(maskSecrets(`a ${long} b ${long} shortsecret`, [long, 'shortsecret'])).toBe(
      'a EAAB…(masked) b EAAB…(masked) …(masked)',
    );
  });
});

describe('the build summary', () => {
  it('gives UTF-8 byte sizes and counts fields and groups as the field reference does', () => {
    const tpl = readFileSync(path.join(ROOT, 'dist/template.tpl'), 'utf8');
    const out = { tpl, code: parseTpl(tpl).serverCode! };
    const summary = buildSummary(out.tpl, out.code, 1234.4);
    const referenceRows = renderFieldReference(fieldSources)
      .split('\n')
      .filter((line) => /^\| .* \(`\w+`\) +\|/.test(line)).length;
    const groups = JSON.stringify(fieldSources).match(/"type":"GROUP"/g)!.length;
    expect(summary).toBe(
      `Built template.tpl: ${Buffer.byteLength(out.tpl)} bytes ` +
        `(${Buffer.byteLength(out.code)} bytes of sandboxed code), ` +
        `${referenceRows} fields and ${groups} groups, and dist/cli.js, in 1234 ms.`,
    );
    // Not the character counts the message used to give: the template has non-ASCII text.
    expect(Buffer.byteLength(out.tpl)).toBeGreaterThan(out.tpl.length);
  });
});
