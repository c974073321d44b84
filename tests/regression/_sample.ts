import fc from 'fast-check';
import { appendFileSync, writeFileSync } from 'node:fs';
import { encode } from './encoding';
import {
  ga4EventData,
  ga4WebHit,
  metaEventData,
  graphAnswers,
  requestCookies,
  requestHeaders,
  tagFields,
  previewMode,
  NOW_MS,
} from '../property/arbitraries';

const arb = fc.record({
  eventData: fc.oneof(ga4WebHit, ga4EventData, metaEventData),
  fields: tagFields({ hostile: false, consent: true }),
  cookies: requestCookies,
  headers: requestHeaders,
  responses: graphAnswers,
  preview: previewMode,
});
const out = '/tmp/sampled.jsonl';
writeFileSync(out, '');
for (const c of fc.sample(arb, { seed: 20261206, numRuns: 2500 })) {
  const options = {
    fields: c.fields.fields,
    eventData: c.eventData,
    cookies: c.cookies,
    headers: c.headers,
    responses: c.responses,
    now: NOW_MS,
    containerVersion: { previewMode: c.preview },
  };
  appendFileSync(out, JSON.stringify({ test: 'sampled', options: encode(options) }) + '\n');
}
