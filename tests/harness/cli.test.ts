/**
 * The CLI: `test` and `preview`, called through main() and once as a real
 * process (npx tsx build/cli.ts), as users run it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../build/cli';
import { FIXTURE_DIR, FIXTURES, fixturePath } from '../fixtures/harness/fixtures';
import { permission, tplText } from '../helpers/harness-templates';

const ROOT = path.resolve(FIXTURE_DIR, '../../..');

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  return { code, out, err };
}

const fixture = (name: string) => path.relative(ROOT, path.join(FIXTURE_DIR, name));

/** A file in a fresh temporary directory holding `value` as JSON (or text). */
function tmpFile(name: string, value: unknown): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'harness-cli-')), name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('the fixtures', () => {
  it('are what their specs generate', () => {
    for (const [name, text] of Object.entries(FIXTURES)) {
      expect(readFileSync(fixturePath(name), 'utf8'), name).toBe(text);
    }
  });
});

describe('cli test', () => {
  it('prints one line per scenario and exactly "N passed, M failed", exiting 1 on failure', async () => {
    const r = await cli('test', fixture('preview-tag.tpl'));
    expect(r.out).toEqual([
      'PASS Sends the event and succeeds',
      'PASS Calls gtmOnFailure on a timeout',
      "FAIL Deliberately failing scenario — expected API 'gtmOnSuccess' to have been called, but it was not",
      '2 passed, 1 failed',
    ]);
    expect(r.code).toBe(1);
  });

  it('exits 0 when everything passes, and filters scenarios', async () => {
    const r = await cli('test', fixture('preview-tag.tpl'), '--filter', 'succeeds');
    expect(r.out).toEqual(['PASS Sends the event and succeeds', '1 passed, 0 failed']);
    expect(r.code).toBe(0);
  });

  it('checks mocked APIs against the permissions with --strict-permissions', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'harness-cli-'));
    const file = path.join(dir, 'strict.tpl');
    writeFileSync(
      file,
      tplText({
        code: `require('getCookieValues')('_ga'); data.gtmOnSuccess();`,
        permissions: [
          permission('get_cookies', { cookieAccess: 'specific', cookieNames: ['_fbp'] }),
        ],
        tests: {
          scenarios: [
            { name: 'mocked cookie', code: `mock('getCookieValues', []);\nrunCode({});` },
          ],
        },
      }),
    );
    expect((await cli('test', file)).out).toEqual(['PASS mocked cookie', '1 passed, 0 failed']);
    const strict = await cli('test', file, '--strict-permissions');
    expect(strict.out).toEqual([
      'FAIL mocked cookie — Tag failed "get_cookies" permission check: Access to cookie "_ga" is prohibited.',
      '0 passed, 1 failed',
    ]);
    expect(strict.code).toBe(1);
  });

  it('shows warnings on the scenario line, and fails on un-mocked HTTP with --strict-http', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'harness-cli-'));
    const file = path.join(dir, 'http.tpl');
    writeFileSync(
      file,
      tplText({
        code: `require('sendHttpRequest')('https://a.example/x', () => data.gtmOnSuccess());`,
        permissions: [permission('send_http', { allowedUrls: 'any' })],
        tests: { scenarios: [{ name: 'smoke', code: `runCode({});` }] },
      }),
    );
    expect((await cli('test', file)).out[0]).toBe(
      'PASS smoke [warning: un-mocked sendHttpRequest GET https://a.example/x was not sent and never answered]',
    );
    expect((await cli('test', file, '--strict-http')).out[0]).toMatch(
      /^FAIL smoke — sendHttpRequest: no scripted response for GET https:\/\/a.example\/x/,
    );
  });

  it('reports usage errors with status 2', async () => {
    expect((await cli('test')).code).toBe(2);
    expect((await cli('test', 'a.tpl', '--nope')).code).toBe(2);
    const missing = await cli('test', 'no-such.tpl');
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toContain('cannot read no-such.tpl');
    expect((await cli('frobnicate')).err[0]).toBe('unknown command: frobnicate');
    expect((await cli()).code).toBe(2);
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out.join('\n')).toContain('test <file.tpl> [--strict-permissions]');
  });

  it('exits 2 and lists the scenarios when --filter matches none', async () => {
    const r = await cli('test', fixture('preview-tag.tpl'), '--filter', 'Purchase');
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe(
      `test: --filter "Purchase" matches no scenario of ${fixture('preview-tag.tpl')} (it has ` +
        '"Sends the event and succeeds", "Calls gtmOnFailure on a timeout", "Deliberately failing scenario")',
    );
  });

  it('is a subcommand dispatcher', () => {
    expect(Object.keys(COMMANDS)).toEqual(['build', 'check', 'test', 'preview']);
  });
});

/** preview of the fixture tag with its sample event, fields and headers, at a fixed time. */
const args = [
  'preview',
  fixture('preview-tag.tpl'),
  '--event',
  fixture('preview-event.json'),
  '--fields',
  fixture('preview-fields.json'),
  '--headers',
  fixture('preview-headers.json'),
  '--now',
  '1767225600000',
];

describe('cli preview', () => {
  it('prints the exact request, cookies set, logs and outcome', async () => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toBe(
      [
        'Outcome: success (gtmOnSuccess ×1)',
        'Requests (1):',
        '  #1 POST https://graph.facebook.com/v25.0/1234567890/events',
        '     timeout: 2000 ms',
        '     headers:',
        '       content-type: application/json',
        '     body:',
        '       {',
        '         "data": [',
        '           {',
        '             "event_name": "Purchase",',
        '             "event_time": 1,',
        '             "action_source": "website",',
        '             "user_data": {',
        '               "fbp": "fb.1.1767225600000.42"',
        '             }',
        '           }',
        '         ],',
        '         "access_token": "…(masked)"',
        '       }',
        '     response: 200 {"events_received":1}',
        'Cookies set (1):',
        '  Set-Cookie: _fbp=fb.1.1767225600000.42; Domain=example.com; Path=/; Max-Age=7776000; Secure; SameSite=Lax',
        'Logs (2):',
        '  sending Purchase',
        '  status 200',
        '(access tokens and appsecret_proof values are masked; --show-secrets prints them)',
      ].join('\n'),
    );
  });

  it('prints the access token with --show-secrets', async () => {
    const r = await cli(...args, '--show-secrets');
    expect(r.out.join('\n')).toContain('         "access_token": "EAAB-test-token"');
    expect(r.out.join('\n')).not.toContain('masked');
  });

  it('uses the request cookies and scripted responses given as files', async () => {
    const r = await cli(
      ...args,
      '--cookies',
      fixture('preview-cookies.json'),
      '--responses',
      fixture('preview-responses.json'),
    );
    const text = r.out.join('\n');
    expect(text).toContain('"fbp": "fb.1.1700000000000.123456"');
    expect(text).toContain('Cookies set (0):');
    expect(text).toContain('response: 200 {"events_received":1,"fbtrace_id":"AbC"}');
  });

  it('shows an error response and gtmOnFailure', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'harness-cli-'));
    writeFileSync(path.join(dir, 'c.json'), '{"_fbp": "fb.1.5.6"}');
    writeFileSync(
      path.join(dir, 'r.json'),
      '[{"url": "https://graph.facebook.com/", "status": 400, "body": {"error": {"code": 100}}}]',
    );
    const r = await cli(
      ...args,
      '--cookies',
      path.join(dir, 'c.json'),
      '--responses',
      path.join(dir, 'r.json'),
    );
    const text = r.out.join('\n');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['preview: the tag called gtmOnFailure (exit status 1)']);
    expect(text).toContain('Outcome: failure (gtmOnFailure ×1)');
    expect(text).toContain('"fbp": "fb.1.5.6"');
    expect(text).toContain('response: 400 {"error":{"code":100}}');
    expect(text).toContain('Cookies set (0):');
  });

  it('exits 1 and explains when the run fails', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'harness-cli-'));
    const file = path.join(dir, 'bad.tpl');
    writeFileSync(file, tplText({ code: `require('getCookieValues')('x');` }));
    const fields = tmpFile('fields.json', {});
    const r = await cli(
      'preview',
      file,
      '--event',
      fixture('preview-event.json'),
      '--fields',
      fields,
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'Error: Tag failed "get_cookies" permission check: Access to cookie "x" is prohibited.',
    );
  });
});

describe('cli preview on any template', () => {
  it('exits 1 when the tag never calls back', async () => {
    const file = tmpFile('hung.tpl', tplText({ code: `const x = 1;` }));
    const event = tmpFile('event.json', {});
    const r = await cli('preview', file, '--event', event, '--fields', event);
    expect(r.out[0]).toBe('Outcome: hung');
    expect(r.err).toEqual([
      'preview: the tag never called gtmOnSuccess or gtmOnFailure (exit status 1)',
    ]);
    expect(r.code).toBe(1);
  });

  it('exits 1 when the tag calls back twice, though the first was gtmOnSuccess', async () => {
    const file = tmpFile(
      'twice.tpl',
      tplText({ code: `data.gtmOnSuccess(); data.gtmOnSuccess();` }),
    );
    const event = tmpFile('event.json', {});
    const r = await cli('preview', file, '--event', event, '--fields', event);
    expect(r.out[0]).toBe('Outcome: success (gtmOnSuccess ×2)');
    expect(r.err).toEqual(['preview: the run had problems, listed under Problems (exit status 1)']);
    expect(r.code).toBe(1);
  });

  it('checks cookies and headers files: a name to a string or a list of strings', async () => {
    const cookies = tmpFile('c.json', { _fbp: 5 });
    const r = await cli(...args, '--cookies', cookies);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `--cookies file ${cookies}: "_fbp" must be a string or a list of strings (got 5)`,
    ]);
  });

  it('says a file that is not a template is not one', async () => {
    const r = await cli(
      'preview',
      fixture('preview-event.json'),
      '--event',
      fixture('preview-event.json'),
      '--fields',
      fixture('preview-fields.json'),
    );
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe(
      `${fixture('preview-event.json')} is not a template file (.tpl): no ___SECTION___ markers found`,
    );
  });
});

describe('the cli as a process', () => {
  it('runs with npx tsx build/cli.ts and sets the exit status', async () => {
    const run = promisify(execFile);
    const failure = await run('npx', ['tsx', 'build/cli.ts', 'test', fixture('preview-tag.tpl')], {
      cwd: ROOT,
    }).catch((e: { code: number; stdout: string }) => e);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stdout: string }).stdout.trim().split('\n').pop()).toBe(
      '2 passed, 1 failed',
    );
  });
});
