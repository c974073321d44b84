/**
 * The checks stage: what no single builder can see, checked on the finished
 * event (reference/meta-capi.md §3.2, §10). Every value was decided, and
 * checked, by the stage that built it; this stage only looks across
 * fields. An event without any customer information parameter is not sent
 * (Meta rejects it); the rest is reported and the event goes out.
 */
import { Object } from '../sandbox/apis';
import { memberOf } from '../lib/event-data';
import { report } from '../lib/problems';
import { isArray } from '../lib/types';
import { WEAK_KEY_SETS } from '../meta/compact';
import type { StageResult, TagContext } from '../context';

/** Whether every key falls inside one of the sets Meta deems insufficient on their own. */
function isWeakOnly(keys: string[]): boolean {
  for (const set of WEAK_KEY_SETS.substring(1, WEAK_KEY_SETS.length - 1).split('|')) {
    let inside = true;
    for (const key of keys) {
      if (set.indexOf(' ' + key + ' ') < 0) {
        inside = false;
        break;
      }
    }
    if (inside) return true;
  }
  return false;
}

export function checksStage(ctx: TagContext): StageResult {
  const event = ctx.event;
  const problems = ctx.problems;
  const keys = Object.keys(event.user_data);
  if (keys.length > 0 && isWeakOnly(keys)) {
    report(
      problems,
      'user_data',
      'only keys Meta deems insufficient on their own (v13.0 baseline)',
    );
  }
  const unsendable = keys.length === 0;
  if (unsendable) report(problems, 'user_data', 'no customer information parameter left');
  if (event.action_source === 'website') {
    if (event.event_source_url === undefined) {
      report(problems, 'event_source_url', 'required for website events');
    }
    if (event.user_data.client_user_agent === undefined) {
      report(problems, 'user_data.client_user_agent', 'required for website events');
    }
  }
  if (event.action_source === 'app') {
    const app = event.app_data;
    if (
      memberOf(app, 'advertiser_tracking_enabled') === undefined ||
      !isArray(memberOf(app, 'extinfo'))
    ) {
      report(problems, 'app_data', 'app events need advertiser_tracking_enabled and extinfo');
    }
  }
  return unsendable
    ? { ok: false, stage: 'event', reason: 'Meta would reject this event', named: true }
    : undefined;
}
