/**
 * The sender with injected fakes (http, promises, clock, console): retries
 * per fault, bounded attempts, exactly-once completion on every path,
 * multi-pixel partial failure, optimistic mode, and the log lines it writes
 * (one per request and per response, never a token, proof or raw value).
 */
import { describe, expect, it } from 'vitest';
import type { DeliveryConfig, PixelConfig } from '../../template-src/context';
import type { DeliveryIo } from '../../template-src/delivery/io';
import { deliver, type Outgoing } from '../../template-src/delivery/send';
import { createLogger, type Logger } from '../../template-src/log/logger';

type Reply =
  { status: number; body?: string } | { reject: unknown } | { notAPromise: true } | { hang: true };

interface Call {
  url: string;
  options: HttpRequestOptions;
  body: string;
  attempt: number;
}

const TOKEN_A = 'EAAGm0PX4ZCpsBAKq9ZBZC1xQ7ZBtokenA' + 'a'.repeat(80);
const TOKEN_B = 'plain-token-b-without-prefix';
const PROOF_A = '9e'.repeat(32);
const RAW_IP = '203.0.113.77';
const RAW_UA = 'Mozilla/5.0 (Test) Secret/1.0';
const HASH = 'ab'.repeat(32);

const OK = { status: 200, body: '{"events_received":1,"messages":[],"fbtrace_id":"TRACE-OK"}' };
const graphError = (status: number, error: Record<string, unknown>) => ({
  status,
  body: JSON.stringify({
    error: { message: 'msg', type: 'OAuthException', fbtrace_id: 'TRACE-ERR', ...error },
  }),
});

const pixel = (id: string, token: string, proof = ''): PixelConfig => ({
  pixelId: id,
  accessToken: token,
  appSecretProof: proof,
  testEventCode: '',
  allowEvents: '',
  blockEvents: '',
});

function config(overrides: Partial<DeliveryConfig> = {}): DeliveryConfig {
  return {
    pixels: [pixel('111', TOKEN_A, PROOF_A)],
    apiVersion: 'v26.0',
    timeoutMs: 1500,
    retries: 1,
    testEventCode: '',
    optimistic: false,
    ...overrides,
  };
}

const EVENT: Outgoing = {
  event: {
    event_name: 'Purchase',
    event_id: 'order-1',
    event_time: 1763769600,
    user_data: { em: [HASH], client_ip_address: RAW_IP, client_user_agent: RAW_UA, fbp: '' },
    custom_data: { value: 10, currency: 'EUR' },
  },
};

/** Replies are scripted per pixel id: the n-th attempt gets the n-th reply (the last one repeats). */
function setup(script: Record<string, Reply[]>, options: { allRejects?: boolean } = {}) {
  const calls: Call[] = [];
  const lines: string[] = [];
  const attempts: Record<string, number> = {};
  let clock = 1000;
  const io: DeliveryIo = {
    sendHttpRequest: (url, opts, body) => {
      const id = url.split('/')[4];
      attempts[id] = (attempts[id] ?? 0) + 1;
      calls.push({ url, options: opts, body, attempt: attempts[id] });
      clock += 120;
      const replies = script[id];
      const reply = replies[Math.min(attempts[id], replies.length) - 1];
      if ('notAPromise' in reply) return undefined as unknown as SandboxPromise<HttpResponse>;
      if ('hang' in reply) return new Promise<HttpResponse>(() => {});
      if ('reject' in reply) return Promise.reject(reply.reject);
      return Promise.resolve({ statusCode: reply.status, headers: {}, body: reply.body ?? '' });
    },
    createPromise: (resolver) => new Promise(resolver),
    allPromises: (list) =>
      options.allRejects ? Promise.reject(new Error('all failed')) : Promise.all(list),
    now: () => clock,
  };
  const log: Logger = createLogger(
    { logMode: 'always' },
    { logToConsole: (line) => lines.push(line), getContainerVersion: () => undefined },
  );
  const done = { success: 0, failure: 0, order: [] as string[] };
  const completion = {
    onSuccess: () => {
      done.success++;
      done.order.push('success');
    },
    onFailure: () => {
      done.failure++;
      done.order.push('failure');
    },
  };
  return { io, log, calls, lines, done, completion, parsed: () => lines.map((l) => JSON.parse(l)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(
  script: Record<string, Reply[]>,
  cfg: DeliveryConfig = config(),
  options: { allRejects?: boolean; outgoing?: Outgoing } = {},
) {
  const t = setup(script, options);
  deliver(options.outgoing ?? EVENT, cfg, t.log, t.completion, t.io);
  await settle();
  return t;
}

const FAULTS: [string, Reply, boolean][] = [
  ['200', OK, false],
  ['400 code 100 / 2804003', graphError(400, { code: 100, error_subcode: 2804003 }), false],
  ['400 code 100 / 2804050', graphError(400, { code: 100, error_subcode: 2804050 }), false],
  ['401 code 190', graphError(401, { code: 190 }), false],
  ['403 code 10', graphError(403, { code: 10 }), false],
  ['429 code 4', graphError(429, { code: 4 }), true],
  ['429 without Graph error (an HTTP rate limit)', { status: 429, body: '' }, true],
  ['400 code 613', graphError(400, { code: 613, error_subcode: 1996 }), true],
  ['400 code 17', graphError(400, { code: 17 }), true],
  ['400 code 341', graphError(400, { code: 341 }), true],
  ['500 code 1', graphError(500, { code: 1 }), true],
  ['503 code 2', graphError(503, { code: 2 }), true],
  ['400 is_transient', graphError(400, { code: 368, is_transient: true }), true],
  ['500 HTML', { status: 500, body: '<html>oops</html>' }, true],
  ['503 empty body', { status: 503, body: '' }, true],
  ['timeout', { reject: { reason: 'timed_out' } }, true],
  ['network failure', { reject: { reason: 'failed' } }, true],
  ['odd rejection', { reject: 'boom' }, true],
  ['not a promise', { notAPromise: true }, true],
];

describe('retries per fault', () => {
  it.each(FAULTS)('%s: attempts by retry setting', async (_name, reply, retryable) => {
    for (const retries of [0, 1, 2]) {
      const t = await run({ '111': [reply] }, config({ retries }));
      expect(t.calls).toHaveLength(retryable ? retries + 1 : 1);
      expect(t.done.success + t.done.failure).toBe(1);
      expect(t.done.success).toBe(reply === OK ? 1 : 0);
    }
  });

  it.each(FAULTS.filter((f) => f[2]))(
    '%s then 200: succeeds on the retry',
    async (_name, reply) => {
      const t = await run({ '111': [reply, OK] });
      expect(t.calls.map((c) => c.attempt)).toEqual([1, 2]);
      expect(t.done).toMatchObject({ success: 1, failure: 0 });
      const responses = t.parsed().filter((l) => l.type === 'response');
      expect(responses.map((r) => [r.attempt, r.will_retry])).toEqual([
        [1, true],
        [2, false],
      ]);
    },
  );

  it('never sends more than retries + 1 attempts, with the same request each time', async () => {
    const t = await run({ '111': [{ status: 503 }] }, config({ retries: 2 }));
    expect(t.calls).toHaveLength(3);
    expect(new Set(t.calls.map((c) => c.body)).size).toBe(1);
    expect(t.calls.every((c) => c.options.timeout === 1500)).toBe(true);
    const result = t.parsed().find((l) => l.type === 'result');
    expect(result.pixels).toEqual([
      { pixel: '111', ok: false, reason: 'server_error', attempts: 3 },
    ]);
  });
});

describe('exactly-once completion', () => {
  it('two pixels, one failing: both attempted, failure reported once, failing pixel named', async () => {
    const cfg = config({ pixels: [pixel('111', TOKEN_A, PROOF_A), pixel('222', TOKEN_B)] });
    const t = await run({ '111': [OK], '222': [graphError(401, { code: 190 })] }, cfg);
    expect(t.calls.map((c) => c.url)).toEqual([
      'https://graph.facebook.com/v26.0/111/events',
      'https://graph.facebook.com/v26.0/222/events',
    ]);
    expect(JSON.parse(t.calls[0].body)).toMatchObject({
      access_token: TOKEN_A,
      appsecret_proof: PROOF_A,
    });
    expect(JSON.parse(t.calls[1].body).access_token).toBe(TOKEN_B);
    expect(JSON.parse(t.calls[1].body)).not.toHaveProperty('appsecret_proof');
    expect(t.done.order).toEqual(['failure']);
    const result = t.parsed().find((l) => l.type === 'result');
    expect(result).toMatchObject({ ok: false, failed_pixels: ['222'] });
    const failed = t.parsed().find((l) => l.type === 'response' && l.pixel === '222');
    expect(failed).toMatchObject({ status: 401, reason: 'invalid_token', error: { code: 190 } });
  });

  it('two pixels, both failing: still one failure', async () => {
    const cfg = config({ pixels: [pixel('111', TOKEN_A), pixel('222', TOKEN_B)] });
    const t = await run(
      { '111': [{ reject: { reason: 'timed_out' } }], '222': [{ status: 500 }] },
      cfg,
    );
    expect(t.calls).toHaveLength(4);
    expect(t.done.order).toEqual(['failure']);
    expect(t.parsed().find((l) => l.type === 'result').failed_pixels).toEqual(['111', '222']);
  });

  it('two pixels, both accepting: one success', async () => {
    const cfg = config({ pixels: [pixel('111', TOKEN_A), pixel('222', TOKEN_B)] });
    const t = await run({ '111': [OK], '222': [{ status: 500 }, OK] }, cfg);
    expect(t.done.order).toEqual(['success']);
  });

  it('a rejected Promise.all reports failure once', async () => {
    const t = await run({ '111': [OK] }, config(), { allRejects: true });
    expect(t.done.order).toEqual(['failure']);
    expect(t.parsed().find((l) => l.type === 'result')).toMatchObject({
      ok: false,
      reason: 'delivery_error',
    });
  });

  it('an event that cannot be serialized fails once, without sending', async () => {
    const event: Record<string, unknown> = { event_name: 'PageView' };
    event.self = event;
    const t = await run({ '111': [OK] }, config(), { outgoing: { event } });
    expect(t.calls).toHaveLength(0);
    expect(t.done.order).toEqual(['failure']);
    expect(t.parsed()[0]).toMatchObject({ type: 'problems', stage: 'request' });
  });

  it('no pixel at all fails once, without sending', async () => {
    const t = await run({}, config({ pixels: [] }));
    expect(t.calls).toHaveLength(0);
    expect(t.done.order).toEqual(['failure']);
  });

  it('nothing is reported while a request is still pending', async () => {
    const t = await run({ '111': [{ hang: true }] });
    expect(t.done.order).toEqual([]);
  });
});

describe('optimistic mode', () => {
  it('reports success before any request settles, and never a failure afterwards', async () => {
    const t = setup({ '111': [{ status: 500 }] });
    deliver(EVENT, config({ optimistic: true }), t.log, t.completion, t.io);
    expect(t.done.order).toEqual(['success']);
    // Each request starts inside a promise callback, so none has even gone out yet.
    expect(t.calls).toHaveLength(0);
    await settle();
    expect(t.calls).toHaveLength(2);
    expect(t.done.order).toEqual(['success']);
    expect(t.parsed().find((l) => l.type === 'result')).toMatchObject({
      ok: false,
      optimistic: true,
      failed_pixels: ['111'],
    });
  });

  it('still fails an event that cannot be built', async () => {
    const event: Record<string, unknown> = {};
    event.self = event;
    const t = await run({ '111': [OK] }, config({ optimistic: true }), { outgoing: { event } });
    expect(t.done.order).toEqual(['failure']);
  });
});

describe('log lines', () => {
  it('one line per request and per response, with what a user needs', async () => {
    const t = await run(
      { '111': [graphError(500, { code: 2, error_user_title: 'Down' }), OK] },
      config({ testEventCode: 'TEST42' }),
    );
    const lines = t.parsed();
    expect(lines.map((l) => l.type)).toEqual([
      'request',
      'response',
      'request',
      'response',
      'result',
    ]);
    expect(lines[0]).toEqual({
      tag: 'meta-capi',
      type: 'request',
      event_name: 'Purchase',
      event_id: 'order-1',
      pixel: '111',
      attempt: 1,
      max_attempts: 2,
      url: 'https://graph.facebook.com/v26.0/111/events',
      timeout_ms: 1500,
      test_event_code: 'TEST42',
      match_keys: ['client_ip_address', 'client_user_agent', 'em'],
    });
    expect(lines[1]).toEqual({
      tag: 'meta-capi',
      type: 'response',
      event_name: 'Purchase',
      pixel: '111',
      attempt: 1,
      outcome: 'retry',
      reason: 'temporary_error',
      status: 500,
      fbtrace_id: 'TRACE-ERR',
      error: {
        code: 2,
        type: 'OAuthException',
        message: 'msg',
        user_title: 'Down',
        hint: expect.stringContaining("A temporary error on Meta's side: the tag retries"),
      },
      elapsed_ms: 120,
      will_retry: true,
    });
    expect(lines[3]).toMatchObject({
      outcome: 'ok',
      status: 200,
      events_received: 1,
      fbtrace_id: 'TRACE-OK',
    });
  });

  it('logs nothing when logging is off, and still completes', async () => {
    const t = setup({ '111': [OK] });
    const quiet = createLogger(
      { logMode: 'off' },
      { logToConsole: (line) => t.lines.push(line), getContainerVersion: () => undefined },
    );
    deliver(EVENT, config(), quiet, t.completion, t.io);
    await settle();
    expect(t.lines).toEqual([]);
    expect(t.done.order).toEqual(['success']);
  });

  it('never writes a token, proof or raw identifier, even when Meta echoes them', async () => {
    const echo = (status: number, code: number) =>
      graphError(status, {
        code,
        message: `Malformed access token ${TOKEN_A}; proof ${PROOF_A}; ip ${RAW_IP}`,
        error_user_msg: `token ${TOKEN_B} ua ${RAW_UA}`,
        error_user_title: JSON.stringify({ t: TOKEN_B }),
      });
    const cfg = config({
      pixels: [pixel('111', TOKEN_A, PROOF_A), pixel('222', TOKEN_B)],
      retries: 2,
    });
    const t = await run({ '111': [echo(500, 1)], '222': [echo(400, 100)] }, cfg);
    expect(t.lines.length).toBeGreaterThan(5);
    const all = t.lines.join('\n');
    for (const secret of [TOKEN_A, TOKEN_B, PROOF_A, RAW_IP, RAW_UA, 'EAAGm0PX4ZCpsBAK']) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain('[redacted]');
  });
});
