/**
 * Speed: a small tag (event data, a cookie, JSON, one HTTP request, logs,
 * a promise) must run at least 2,000 times a second, watchdog included, so
 * property-based tests can afford thousands of runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../build/harness';
import { parseTpl } from '../../build/tpl';
import { fixturePath } from '../fixtures/harness/fixtures';

function runsPerSecond(run: () => void, windowMs: number): number {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < windowMs) {
    run();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

describe('speed', () => {
  it('runs a small tag at least 2,000 times a second', () => {
    const runtime = createRuntime(parseTpl(readFileSync(fixturePath('preview-tag'), 'utf8')));
    const options = {
      data: { pixelId: '1', accessToken: 't' },
      eventData: { event_name: 'Purchase' },
      request: { cookies: { _fbp: 'fb.1.2.3' } },
      responses: [{ status: 200, body: '{"events_received":1}' }],
    };
    const once = () => {
      if (runtime.run(options).outcome !== 'success') throw new Error('the tag did not succeed');
    };
    runsPerSecond(once, 200);
    const best = Math.max(...[0, 1, 2].map(() => runsPerSecond(once, 400)));
    console.info(`harness speed: ${Math.round(best)} runs/s`);
    expect(best).toBeGreaterThanOrEqual(2000);
  });
});
