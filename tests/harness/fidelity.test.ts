/**
 * The four GTM behaviours docs/harness-fidelity.md describes, each shown by
 * its .tpl fixture run through `cli test` as a user runs it. Scenarios named
 * "Deliberately failing" fail in GTM too, and must keep failing here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../build/cli';
import { parseTpl, TplFormatError } from '../../build/tpl';
import { FIXTURE_DIR, FIXTURES } from '../fixtures/harness/fixtures';

async function cliTest(name: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['test', path.join(FIXTURE_DIR, name + '.tpl')], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    cwd: FIXTURE_DIR,
  });
  return { code, out, err };
}

describe("test code's own require", () => {
  it('gets the real APIs, so a mock can wrap them, and mockObject leaves the test its Promise', async () => {
    expect((await cliTest('test-require-is-real')).out).toEqual([
      'PASS A mock wraps the real logToConsole',
      'PASS mockObject Promise leaves the test its own Promise',
      "FAIL Deliberately failing: a promise callback asserted right after runCode — expected API 'gtmOnSuccess' to have been called, but it was not",
      '2 passed, 1 failed',
    ]);
  });
});

describe('queryPermission', () => {
  it('answers true or false from the declared permissions, and a mock replaces it', async () => {
    expect((await cliTest('query-permission')).out).toEqual([
      'PASS Answers from the declared permissions',
      'PASS A mocked queryPermission answers as the mock',
      '2 passed, 0 failed',
    ]);
  });
});

describe('permissions GTM adds on its own', () => {
  it('are granted without an entry, while a permission with settings stays enforced', async () => {
    expect((await cliTest('auto-granted-permissions')).out).toEqual([
      'PASS Runs without entries for permissions that have nothing to configure',
      'FAIL Deliberately failing: a cookie the permission does not list — Tag failed "get_cookies" permission check: Access to cookie "_ga" is prohibited.',
      '1 passed, 1 failed',
    ]);
  });
});

describe('a repeated section', () => {
  it('is read once with a warning when the copies are identical', async () => {
    const r = await cliTest('repeated-section');
    expect(r.err).toEqual([
      'warning: section ___TERMS_OF_SERVICE___ is repeated with the same text; read once',
    ]);
    expect(r.out).toEqual(['PASS Reads the repeated section once', '1 passed, 0 failed']);
  });

  it('is refused, naming the section, when the copies differ', () => {
    const text = FIXTURES['repeated-section'];
    const changed = text.replace('Google may provide', 'Google might provide');
    expect(changed).not.toBe(text);
    expect(() => parseTpl(changed)).toThrow(TplFormatError);
    expect(() => parseTpl(changed)).toThrow(
      'section ___TERMS_OF_SERVICE___ is repeated with different text; keep one copy',
    );
  });
});
