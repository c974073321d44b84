/**
 * The CLI refuses wrong input instead of running on it (issue 16): one test
 * per mistake a new user made, run through main() on the built template
 * (dist/template.tpl) with the README's GA4 purchase event.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../build/build';
import { COMMANDS, main } from '../../build/cli';
import { RULE_KEYS } from '../../build/harness/cli/responses-file';

const TPL = 'dist/template.tpl';
const EVENT = 'tests/fixtures/preview/ga4-purchase-event.json';
const FIELDS = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/preview/fields.json'), 'utf8'),
);
const TOKEN: string = FIELDS.pixels[0].accessToken;

function tmpJson(name: string, value: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cli-strict-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  return { code, out, err, text: out.join('\n') };
}

/** preview of the README's purchase event with these field values. */
function preview(fields: unknown, ...extra: string[]) {
  return cli(
    'preview',
    TPL,
    '--event',
    EVENT,
    '--fields',
    tmpJson('fields.json', fields),
    ...extra,
  );
}

/** The JSON body printed under "body:" of the first request. */
function firstBody(out: string[]): any {
  const start = out.findIndex((line) => line.trim() === 'body:') + 1;
  const end = out.findIndex((line, i) => i > start && line.trim().startsWith('response:'));
  return JSON.parse(out.slice(start, end).join('\n'));
}

const metaAnswers = (status: number, error: object) =>
  tmpJson('responses.json', [{ url: 'https://graph.facebook.com/', status, body: { error } }]);

describe('preview checks the fields file against the template', () => {
  it('refuses a misspelt field (testEventcode) and runs nothing', async () => {
    const { testEventCode, ...rest } = FIELDS;
    const r = await preview({ ...rest, testEventcode: testEventCode });
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/: unknown field "testEventcode": did you mean "testEventCode"\?$/);
    expect(r.err).toContain('(--allow-unknown lets unknown names through)');
    expect(r.out).toEqual([]);
  });

  it('refuses "pixel" for the "pixels" table', async () => {
    const r = await preview({ pixel: FIELDS.pixels });
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/: unknown field "pixel": did you mean "pixels"\?$/);
  });

  it('refuses an unknown column in a table row (pixelID for pixelId), naming the row', async () => {
    const r = await preview({ pixels: [{ pixelID: '1234567890', accessToken: TOKEN }] });
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      /: "pixels" row 1: unknown column "pixelID": did you mean "pixelId"\?$/,
    );
  });

  it('says a group is not a field', async () => {
    const r = await preview({ ...FIELDS, deliverySettings: { retries: '0' } });
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      /"deliverySettings" is a group, not a field: its fields \(apiVersion, requestTimeoutMs, retries, optimisticSuccess\) go at the top level$/,
    );
  });

  it('refuses a table that is not a list of rows, even with --allow-unknown', async () => {
    const r = await preview({ pixels: FIELDS.pixels[0] }, '--allow-unknown');
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/"pixels" is a table: its value must be a list of rows/);
  });

  it('takes fields nested in groups and radio options at the top level', async () => {
    const r = await preview({
      ...FIELDS,
      requestTimeoutMs: '1500',
      eventNameMode: 'custom',
      eventNameCustom: 'OrderPlaced',
    });
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(firstBody(r.out).data[0].event_name).toBe('OrderPlaced');
  });

  it('with --allow-unknown, warns and runs (and the misspelt test code is not sent)', async () => {
    const { testEventCode, ...rest } = FIELDS;
    const r = await preview({ ...rest, testEventcode: testEventCode }, '--allow-unknown');
    expect(r.err).toEqual([
      expect.stringMatching(
        /^warning: .*unknown field "testEventcode": did you mean "testEventCode"\?$/,
      ),
    ]);
    expect(r.code).toBe(0);
    expect(firstBody(r.out).test_event_code).toBeUndefined();
  });
});

describe('preview checks the responses file', () => {
  it('refuses a misspelt key (stauts)', async () => {
    const responses = tmpJson('r.json', [{ url: 'https://graph.facebook.com/', stauts: 400 }]);
    const r = await preview(FIELDS, '--responses', responses);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `--responses ${responses}: rule 1: unknown key "stauts": did you mean "status"?`,
    ]);
  });

  it('refuses a value of the wrong type, and a key misspelt inside a sequence', async () => {
    const responses = tmpJson('r.json', {
      status: '400',
      sequence: [{ status: 500 }, { bdy: '' }],
    });
    const r = await preview(FIELDS, '--responses', responses);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `--responses ${responses}: the rule: "status" must be an HTTP status code (100 to 599) (got "400")`,
      `--responses ${responses}: the rule, sequence answer 2: unknown key "bdy": did you mean "body"?`,
    ]);
  });
});

describe('preview exit status', () => {
  it('is 0 when the tag succeeds', async () => {
    const r = await preview(FIELDS);
    expect(r.out[0]).toBe('Outcome: success (gtmOnSuccess ×1)');
    expect(r.code).toBe(0);
  });

  it('is 1 on a configuration error (no pixel rows)', async () => {
    const r = await preview({});
    expect(r.out[0]).toBe('Outcome: failure (gtmOnFailure ×1)');
    expect(r.err).toEqual(['preview: the tag called gtmOnFailure (exit status 1)']);
    expect(r.code).toBe(1);
  });

  it('is 1 when Meta answers 400', async () => {
    const responses = metaAnswers(400, { message: 'Invalid parameter', code: 100 });
    const r = await preview(FIELDS, '--responses', responses);
    expect(r.text).toContain('response: 400 ');
    expect(r.out[0]).toMatch(/^Outcome: failure/);
    expect(r.code).toBe(1);
  });

  it('is 1 when Meta answers 401', async () => {
    const responses = metaAnswers(401, { message: 'Invalid OAuth access token', code: 190 });
    const r = await preview(FIELDS, '--responses', responses);
    expect(r.text).toContain('response: 401 ');
    expect(r.out[0]).toMatch(/^Outcome: failure/);
    expect(r.code).toBe(1);
  });

  it('is 2 without --event or --fields, naming what is missing', async () => {
    const noEvent = await cli('preview', TPL, '--fields', tmpJson('f.json', FIELDS));
    expect(noEvent.code).toBe(2);
    expect(noEvent.err[0]).toBe('preview: --event <file> missing');
    const neither = await cli('preview', TPL);
    expect(neither.code).toBe(2);
    expect(neither.err).toEqual([
      'preview: --event <file> and --fields <file> missing',
      'usage: preview <file.tpl> --event <file> --fields <file> [options]',
      '(`preview --help` explains every option)',
    ]);
  });
});

describe('preview masks secrets', () => {
  it('masks access tokens and appsecret_proof unless --show-secrets', async () => {
    const proof = 'a'.repeat(64);
    const fields = { ...FIELDS, pixels: [{ ...FIELDS.pixels[0], appSecretProof: proof }] };
    const r = await preview(fields);
    expect(r.text).not.toContain(TOKEN);
    expect(r.text).not.toContain(proof);
    expect(firstBody(r.out)).toMatchObject({
      access_token: 'EAAB…(masked)',
      appsecret_proof: 'aaaa…(masked)',
    });
    expect(r.out.at(-1)).toBe(
      '(access tokens and appsecret_proof values are masked; --show-secrets prints them)',
    );
    const shown = await preview(fields, '--show-secrets');
    expect(firstBody(shown.out)).toMatchObject({ access_token: TOKEN, appsecret_proof: proof });
  });
});

describe('--now', () => {
  const eventTime = (r: { out: string[] }) => firstBody(r.out).data[0].event_time;

  it('reads milliseconds as they are', async () => {
    const r = await preview(FIELDS, '--now', '1717171717000');
    expect(r.err).toEqual([]);
    expect(eventTime(r)).toBe(1717171717);
  });

  it('reads a number of seconds as seconds, and says so on stderr', async () => {
    const r = await preview(FIELDS, '--now', '1717171717');
    expect(r.err).toEqual([
      '--now 1717171717 read as seconds since the epoch: 2024-05-31T16:08:37.000Z',
    ]);
    expect(eventTime(r)).toBe(1717171717);
  });

  it('reads ISO-8601 dates and date-times with a zone', async () => {
    expect(eventTime(await preview(FIELDS, '--now', '2024-05-31T16:08:37Z'))).toBe(1717171717);
    expect(eventTime(await preview(FIELDS, '--now=2024-05-31T18:08:37+02:00'))).toBe(1717171717);
    expect(eventTime(await preview(FIELDS, '--now', '2024-05-31'))).toBe(1717113600);
  });

  it.each([
    ['yesterday', /--now "yesterday" is not a time: give milliseconds/],
    ['2024-02-30', /--now "2024-02-30" is not a date and time on the calendar/],
    ['2024-05-31T16:08', /--now "2024-05-31T16:08" has no zone: add Z for UTC or an offset/],
    ['1.5e12', /--now "1.5e12" is not a time/],
  ])('refuses %s as a usage error', async (now, message) => {
    const r = await preview(FIELDS, '--now', now);
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(message);
    expect(r.out).toEqual([]);
  });
});

describe('help and unknown options', () => {
  it.each(Object.keys(COMMANDS))(
    '%s --help, -h and `help <command>` print its help',
    async (name) => {
      const { help } = COMMANDS[name].spec;
      expect(help.startsWith(`usage: ${COMMANDS[name].spec.usage}\n`)).toBe(true);
      for (const argv of [
        [name, '--help'],
        [name, '-h'],
        ['help', name],
        [name, 'x.tpl', '--nope', '-h'],
      ]) {
        const r = await cli(...argv);
        expect({ argv, code: r.code, out: r.out, err: r.err }).toEqual({
          argv,
          code: 0,
          out: [help],
          err: [],
        });
      }
    },
  );

  it.each(['--help', '-h', 'help'])('`%s` alone prints the commands', async (word) => {
    const r = await cli(word);
    expect(r.code).toBe(0);
    for (const c of Object.values(COMMANDS)) expect(r.text).toContain(c.spec.usage);
  });

  it.each(Object.keys(COMMANDS))(
    '%s: an unknown option names it and shows the usage, not parseArgs advice',
    async (name) => {
      const r = await cli(name, 'x.tpl', '--nope');
      expect(r.code).toBe(2);
      expect(r.err).toEqual([
        `${name}: unknown option --nope`,
        `usage: ${COMMANDS[name].spec.usage}`,
        `(\`${name} --help\` explains every option)`,
      ]);
    },
  );

  it('an option without its value is named', async () => {
    const r = await cli('preview', TPL, '--event', EVENT, '--fields');
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('preview: --fields needs a value');
    const swallowed = await cli('preview', TPL, '--event', '--fields', 'f.json');
    expect(swallowed.err[0]).toMatch(/^preview: --event needs a value \(got the option --fields;/);
  });

  it('preview --help documents every input file and every response rule key', () => {
    const help = COMMANDS.preview.spec.help;
    for (const file of ['event', 'fields', 'cookies', 'headers', 'responses']) {
      expect(help).toMatch(new RegExp(`^  --${file} <file> `, 'm'));
      expect(help).toMatch(new RegExp(`^  ${file} +[A-Z]`, 'm'));
    }
    expect(RULE_KEYS).toContain('networkError');
    for (const key of RULE_KEYS) {
      expect(help).toMatch(new RegExp(`^ {15}${key} +\\S`, 'm'));
    }
  });
});

describe('docs/cli.md', () => {
  it("holds every command's --help text as it is", () => {
    const doc = readFileSync(path.join(ROOT, 'docs/cli.md'), 'utf8');
    for (const c of Object.values(COMMANDS)) {
      expect(doc, `docs/cli.md is missing \`${c.spec.name} --help\``).toContain(
        '```text\n' + c.spec.help + '\n```',
      );
    }
  });
});
