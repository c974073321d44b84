/**
 * The checks stage: what no single builder can see, checked on the finished
 * event (reference/meta-capi.md §3.2, §10). Every value was decided, and
 * checked, by the stage that built it; this stage only looks across
 * fields. An event without any customer information parameter is not sent
 * (Meta rejects it), nor is one without what Meta requires of its kind
 * (app_data, messaging_channel, a Purchase's value and currency); the rest
 * is reported and the event goes out.
 */
import { Object } from '../sandbox/apis';
import { memberOf } from '../lib/event-data';
import { report, type Problem } from '../lib/problems';
import { lookup } from '../lib/tables';
import { isArray } from '../lib/types';
import { CHANNEL_IDENTIFIERS, WEAK_KEY_SETS } from '../meta/compact';
import type { ServerEvent, StageResult, TagContext } from '../context';

/** Whether every key falls inside one of the sets Meta deems insufficient on their own. */
function isWeakOnly(keys: string[]): boolean {
  for (const weakSet of WEAK_KEY_SETS.substring(1, WEAK_KEY_SETS.length - 1).split('|')) {
    let inside = true;
    for (const key of keys) {
      if (weakSet.indexOf(' ' + key + ' ') < 0) {
        inside = false;
        break;
      }
    }
    if (inside) return true;
  }
  return false;
}

/**
 * What Meta requires of this kind of event and the event lacks, each
 * reported with what to fill; the reasons joined, or '' when nothing is
 * missing. Meta rejects such an event (and the whole request with it), so
 * it is not sent.
 */
function missingRequired(event: ServerEvent, problems: Problem[]): string {
  const missing: string[] = [];
  if (event.action_source === 'app') {
    const app = event.app_data;
    if (
      memberOf(app, 'advertiser_tracking_enabled') === undefined ||
      !isArray(memberOf(app, 'extinfo'))
    ) {
      report(
        problems,
        'app_data',
        'app events need app_data with advertiser_tracking_enabled and extinfo; send app_data or the Firebase fields x-ga-platform and x-ga-os_version, or fill the App data fields',
      );
      missing.push('an app event without app_data.extinfo');
    }
  }
  if (event.action_source === 'business_messaging' && event.messaging_channel === undefined) {
    report(
      problems,
      'messaging_channel',
      'required for business_messaging but missing; send messaging_channel or choose the Messaging channel field',
    );
    missing.push('a business_messaging event without messaging_channel');
  } else if (event.action_source === 'business_messaging') {
    // Meta's examples per channel; observed rejections name page_id and
    // whatsapp_business_account_id (subcode 2804116), so they are reported, not enforced.
    const ids = lookup(CHANNEL_IDENTIFIERS, event.messaging_channel as string) || '';
    for (const key of ids.split(',')) {
      if (event.user_data[key] === undefined) {
        report(
          problems,
          'user_data.' + key,
          'expected in ' +
            event.messaging_channel +
            ' events; Meta may reject the event without it',
        );
      }
    }
  }
  if (event.event_name === 'Purchase') {
    const custom = event.custom_data;
    if (memberOf(custom, 'value') === undefined) {
      report(
        problems,
        'custom_data.value',
        'Purchase without a value; send value (or priced items) with the event, or set it in the Custom data overrides',
      );
      missing.push('a Purchase without value');
    }
    if (memberOf(custom, 'currency') === undefined) {
      report(
        problems,
        'custom_data.currency',
        'Purchase without a currency; send currency with the event or fill the Default currency field (defaultCurrency)',
      );
      missing.push('a Purchase without currency');
    }
  }
  return missing.join('; ');
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
  if (event.action_source === 'website') {
    if (event.event_source_url === undefined) {
      report(problems, 'event_source_url', 'required for website events');
    }
    if (event.user_data.client_user_agent === undefined) {
      report(problems, 'user_data.client_user_agent', 'required for website events');
    }
  }
  let missing = missingRequired(event, problems);
  if (keys.length === 0) {
    report(problems, 'user_data', 'no customer information parameter left');
    missing = missing === '' ? 'no customer information' : missing + '; no customer information';
  }
  return missing === ''
    ? undefined
    : {
        ok: false,
        stage: 'event',
        reason: 'Meta would reject this event: ' + missing,
      };
}
