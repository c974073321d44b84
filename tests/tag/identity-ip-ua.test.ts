/**
 * client_ip_address and client_user_agent through the BUILT template: one
 * bare, valid address out of ports, proxy lists and IPv6 forms; anything
 * else left out (Meta would reject it) and reported; never hashed.
 */
import { describe, expect, it } from 'vitest';
import { metaOk, runTag, type TagRun } from '../helpers/tag';

function send(eventData: Record<string, unknown>): TagRun {
  return runTag({
    now: Date.UTC(2026, 0, 15, 12),
    responses: metaOk(),
    fields: { pixels: [{ pixelId: '123', accessToken: 'TOK' }], logMode: 'always' },
    eventData: {
      event_name: 'page_view',
      client_id: '1234567890.1767000000',
      page_location: 'https://www.example.com/',
      user_agent: 'Mozilla/5.0',
      ...eventData,
    },
  });
}

function userData(run: TagRun): Record<string, unknown> {
  expect(run.outcome).toBe('success');
  expect(run.metaRequests).toHaveLength(1);
  return run.metaRequests[0].body.data[0].user_data;
}

function problemKeys(run: TagRun): string[] {
  return run.logs
    .map((l) => JSON.parse(l.text))
    .filter((line) => line.type === 'problems')
    .flatMap((line) => line.problems.map((p: { key: string }) => p.key));
}

describe('client_ip_address from ip_override', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['203.0.113.9:8080', '203.0.113.9'],
    [' 203.0.113.9 , 10.0.0.1, 10.0.0.2', '203.0.113.9'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:0DB8:0000:0000:0000:0000:0000:0001'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['2001:db8::1, 203.0.113.9', '2001:db8::1'],
    ['[2001:db8::1]:443, 203.0.113.9', '2001:db8::1'],
  ])('%j is sent as %j', (input, expected) => {
    const run = send({ ip_override: input });
    expect(userData(run).client_ip_address).toBe(expected);
    expect(problemKeys(run)).not.toContain('ip_override');
  });

  it.each([
    'not-an-ip',
    '999.1.1.1',
    '01.2.3.4',
    '1.2.3',
    '1.2.3.4.5',
    '203.0.113.9:',
    '203.0.113.9:80:90',
    '1:2:3:4:5:6:7:8:9',
    '2001:db8::1::2',
    '2001:db8::g',
    'fe80::1%eth0',
    'unknown, 203.0.113.9',
    '0.0.0.0',
    '::',
    12345,
    { ip: '203.0.113.9' },
    ['203.0.113.9'],
  ])('%j is left out and reported', (input) => {
    const run = send({ ip_override: input });
    expect(userData(run)).not.toHaveProperty('client_ip_address');
    expect(problemKeys(run)).toContain('ip_override');
  });

  it('an absent or empty ip_override is simply not sent', () => {
    for (const input of [undefined, null, '']) {
      const run = send({ ip_override: input });
      expect(userData(run)).not.toHaveProperty('client_ip_address');
      expect(problemKeys(run)).not.toContain('ip_override');
    }
  });
});

describe('client_user_agent from user_agent', () => {
  it('is sent trimmed and never hashed', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36';
    expect(userData(send({ user_agent: `  ${ua} ` })).client_user_agent).toBe(ua);
  });

  it('is left out when blank or not text', () => {
    const blank = send({ user_agent: '   ' });
    expect(userData(blank)).not.toHaveProperty('client_user_agent');
    const number = send({ user_agent: 42 });
    expect(userData(number)).not.toHaveProperty('client_user_agent');
    expect(problemKeys(number)).toContain('user_agent');
  });
});
