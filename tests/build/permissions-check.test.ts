import { describe, expect, it } from 'vitest';
import { checkPermissions, keyPatternAllows } from '../../build/permissions-check';
import {
  getCookies,
  logging,
  readEventData,
  sendHttp,
  setCookies,
} from '../../template-src/definition/gtm-types';

describe('permissions cross-check', () => {
  it('passes when each required API has its permission and each permission is used', () => {
    const code =
      "var getCookieValues = require('getCookieValues');\nvar log = require('logToConsole');\n" +
      "var JSON = require('JSON');\nlog(getCookieValues('_fbp'));";
    expect(checkPermissions(code, [getCookies(['_fbp']), logging('debug')])).toEqual([]);
  });

  it('names the API and the missing permission', () => {
    const errors = checkPermissions("var s = require('setCookie');\ns('a', 'b');", []);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/require\("setCookie"\) needs the "set_cookies" permission/);
    expect(errors[0]).toContain('template-src/definition/permissions.ts');
    expect(errors[1]).toMatch(/setCookie\("a"\) writes a cookie set_cookies does not list/);
  });

  it('reports a declared permission nothing uses', () => {
    const errors = checkPermissions('data.gtmOnSuccess();', [logging('all')]);
    expect(errors).toEqual([
      'template-src/definition/permissions.ts: permission "logging" is declared but no required API uses it',
    ]);
  });

  it('checks literal cookie names, event-data keys, headers and URLs against the lists', () => {
    const code = [
      "var g = require('getCookieValues');",
      "var s = require('setCookie');",
      "var e = require('getEventData');",
      "var h = require('sendHttpRequest');",
      "g('_fbp'); g('_other');",
      "s('_fbp', 'v'); s('_x', 'v');",
      "e('user_data.email_address'); e('x-fb-ud-em'); e('secret');",
      "h('https://graph.facebook.com/v25.0/1/events'); h('https://evil.example/');",
    ].join('\n');
    const errors = checkPermissions(code, [
      getCookies(['_fbp']),
      setCookies([{ name: '_fbp' }]),
      readEventData(['user_data', 'x-fb-ud-*']),
      sendHttp(['https://graph.facebook.com/']),
    ]);
    expect(errors.map((e) => e.replace(/^compiled template:\d+: /, ''))).toEqual([
      'getCookieValues("_other") reads a cookie get_cookies does not list (template-src/definition/permissions.ts)',
      'setCookie("_x") writes a cookie set_cookies does not list (template-src/definition/permissions.ts)',
      'getEventData("secret") reads a key read_event_data does not list (template-src/definition/permissions.ts)',
      'sendHttpRequest("https://evil.example/") calls a URL send_http does not allow (template-src/definition/permissions.ts)',
    ]);
  });

  it('matches key patterns with wildcards and sub-keys', () => {
    expect(keyPatternAllows('x-fb-ud-*', 'x-fb-ud-em')).toBe(true);
    expect(keyPatternAllows('user_data', 'user_data.address.city')).toBe(true);
    expect(keyPatternAllows('user_data', 'user_database')).toBe(false);
    expect(keyPatternAllows('items', 'ecommerce.items')).toBe(false);
  });
});
