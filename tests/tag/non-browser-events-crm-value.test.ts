/**
 * Issue 13 through the BUILT template: the CRM preset of the Action source
 * field, lead_id, the value events AppendValue (original_event_data) and
 * AppendAttribution (attribution_data), and the GTM4WP e-commerce names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTpl } from '../../build/tpl';
import {
  CLIENT_ID,
  cookieNames,
  EMAIL,
  FBC_COOKIE,
  FBCLID,
  FBP_COOKIE,
  PAGE,
  reasonsFor,
  run,
  sentEvent,
  TEMPLATE,
} from './non-browser-events-fixtures';

const CRM = { actionSource: 'crm', leadEventSource: 'HubSpot' };
/** A CRM stage change, forwarded by a webhook from a server that also saw the browser once. */
const CRM_LEAD = {
  event_name: 'Lead',
  event_id: 'crm-1',
  lead_id: '1234567890123456',
  email: EMAIL,
  client_id: CLIENT_ID,
  page_location: `${PAGE}?fbclid=${FBCLID}`,
};

describe('the CRM preset (actionSource "crm")', () => {
  it('sends system_generated with event_source "crm" and lead_event_source from the field', () => {
    const sent = sentEvent(run(CRM_LEAD, { fields: CRM }));
    expect(sent.action_source).toBe('system_generated');
    expect(sent.custom_data).toEqual({ event_source: 'crm', lead_event_source: 'HubSpot' });
  });

  it('sends no browser identifiers: no fbp, no fbc from the fbclid, no cookie read or written', () => {
    const tagRun = run(CRM_LEAD, { fields: CRM, cookies: { _fbc: FBC_COOKIE, _fbp: FBP_COOKIE } });
    const sent = sentEvent(tagRun);
    expect(sent.user_data.fbc).toBeUndefined();
    expect(sent.user_data.fbp).toBeUndefined();
    expect(cookieNames(tagRun)).toEqual([]);
  });

  it('lead_id from x-fb-ud-lead_id, then lead_id, unhashed', () => {
    const both = sentEvent(
      run({ ...CRM_LEAD, 'x-fb-ud-lead_id': '6543210987654321' }, { fields: CRM }),
    );
    expect(both.user_data.lead_id).toBe('6543210987654321');
    const plain = sentEvent(run(CRM_LEAD, { fields: CRM }));
    expect(plain.user_data.lead_id).toBe('1234567890123456');
  });

  it('with the Lead event source empty: sent without lead_event_source, and a problem naming the field', () => {
    const tagRun = run(CRM_LEAD, { fields: { actionSource: 'crm', leadEventSource: ' ' } });
    expect(sentEvent(tagRun).custom_data).toEqual({ event_source: 'crm' });
    expect(reasonsFor(tagRun, 'leadEventSource')).toEqual([
      'the CRM preset sends lead_event_source, the name of your CRM; fill the Lead event source field',
    ]);
  });

  it('keeps event_source and lead_event_source the event or the tables give', () => {
    const sent = sentEvent(
      run(
        { ...CRM_LEAD, custom_properties: { lead_event_source: 'Salesforce' } },
        { fields: { ...CRM, customDataList: [{ name: 'event_source', value: 'crm_import' }] } },
      ),
    );
    expect(sent.action_source).toBe('system_generated');
    expect(sent.custom_data).toEqual({
      event_source: 'crm_import',
      lead_event_source: 'Salesforce',
    });
  });

  it('an action_source in the event wins over the preset, and then there is no CRM marking', () => {
    const sent = sentEvent(run({ ...CRM_LEAD, action_source: 'physical_store' }, { fields: CRM }));
    expect(sent.action_source).toBe('physical_store');
    expect(sent.custom_data).toBeUndefined();
  });
});

/** The selectItems values of the parameter `name`, wherever it is nested (group, select or radio option). */
function selectValues(parameters: unknown[], name: string): string[] | undefined {
  for (const p of parameters as Record<string, any>[]) {
    if (p.name === name) return (p.selectItems ?? []).map((i: { value: string }) => i.value);
    const options = [...(p.selectItems ?? []), ...(p.radioItems ?? [])];
    const nested = [...(p.subParams ?? []), ...options.flatMap((o) => o.subParams ?? [])];
    const found = selectValues(nested, name);
    if (found) return found;
  }
  return undefined;
}

describe('AppendValue with original_event_data', () => {
  const APPEND_VALUE = {
    event_name: 'append_value',
    event_id: 'append-1',
    email: EMAIL,
    value: 25,
    currency: 'EUR',
  };

  it('AppendValue and AppendAttribution are in the Standard event dropdown', () => {
    const template = parseTpl(readFileSync(TEMPLATE, 'utf8'));
    const standard = selectValues(template.parameters, 'eventNameStandard');
    expect(standard).toContain('AppendValue');
    expect(standard).toContain('AppendAttribution');
  });

  it('chosen in the Standard event field, or named any case in the event, it is sent as AppendValue', () => {
    const fields = { eventNameMode: 'standard', eventNameStandard: 'AppendValue' };
    expect(sentEvent(run({ ...APPEND_VALUE, event_name: 'x' }, { fields })).event_name).toBe(
      'AppendValue',
    );
    for (const name of ['append_value', 'appendvalue', 'APPENDVALUE']) {
      expect(sentEvent(run({ ...APPEND_VALUE, event_name: name })).event_name, name).toBe(
        'AppendValue',
      );
    }
  });

  it('sends original_event_data from the event: its four keys, the time in seconds even when older than 7 days', () => {
    const sent = sentEvent(
      run({
        ...APPEND_VALUE,
        original_event_data: {
          event_name: 'Purchase',
          event_time: '2025-10-01T09:00:00Z',
          order_id: 'T-100',
          event_id: 'purchase-100',
          value: 10,
        },
      }),
    );
    expect(sent.original_event_data).toEqual({
      event_name: 'Purchase',
      event_time: Date.UTC(2025, 9, 1, 9) / 1000,
      order_id: 'T-100',
      event_id: 'purchase-100',
    });
    expect(sent.custom_data).toMatchObject({ value: 25, currency: 'EUR' });
  });

  it('sends original_event_data from the Event field overrides rows alone', () => {
    const sent = sentEvent(
      run(APPEND_VALUE, {
        fields: {
          serverDataList: [
            { name: 'original_event_data.event_name', value: 'Subscribe' },
            { name: 'original_event_data.event_time', value: '1759309200000' },
            { name: 'original_event_data.order_id', value: 'SUB-7' },
          ],
        },
      }),
    );
    expect(sent.original_event_data).toEqual({
      event_name: 'Subscribe',
      event_time: 1759309200,
      order_id: 'SUB-7',
    });
  });
});

describe('AppendAttribution with attribution_data', () => {
  const ATTRIBUTION = {
    scope: 'click',
    visit_time: 1759309200,
    ad_id: '120210000000000001',
    adset_id: '120210000000000002',
    campaign_id: '120210000000000003',
    attribution_share: 0.5,
    attribution_model: 'last_click',
    attr_window: 7,
    attribution_value: 12.5,
  };
  const APPEND_ATTRIBUTION = {
    event_name: 'AppendAttribution',
    event_id: 'attr-1',
    email: EMAIL,
    original_event_data: { event_name: 'Purchase', order_id: 'T-100' },
  };

  it('sends the keys Meta defines, after original_event_data', () => {
    const tagRun = run({
      ...APPEND_ATTRIBUTION,
      attribution_data: {
        ...ATTRIBUTION,
        attribution_setting: { inactivity_window_hours: 24, reattribution_window_hours: 168 },
      },
    });
    const sent = sentEvent(tagRun);
    expect(sent.attribution_data).toEqual({
      ...ATTRIBUTION,
      attribution_setting: { inactivity_window_hours: 24, reattribution_window_hours: 168 },
    });
    const keys = Object.keys(sent);
    expect(keys.indexOf('attribution_data')).toBe(keys.indexOf('original_event_data') + 1);
    expect(reasonsFor(tagRun, 'attribution_data')).toEqual([]);
  });

  it('drops unknown keys and counts them in one problem, never naming them', () => {
    const tagRun = run({
      ...APPEND_ATTRIBUTION,
      attribution_data: { ...ATTRIBUTION, secret_note: 'x', 'jane@example.com': 1 },
    });
    expect(sentEvent(tagRun).attribution_data).toEqual(ATTRIBUTION);
    expect(reasonsFor(tagRun, 'attribution_data')).toEqual([
      '2 keys Meta does not define; left out',
    ]);
    expect(tagRun.logs.map((l) => l.text).join('\n')).not.toContain('secret_note');
  });

  it('attribution_setting: numbers only; a member that is not one is named and left out', () => {
    const tagRun = run({
      ...APPEND_ATTRIBUTION,
      attribution_data: {
        ad_id: '1',
        attribution_setting: { inactivity_window_hours: '24', reattribution_window_hours: 168 },
      },
    });
    expect(sentEvent(tagRun).attribution_data).toEqual({
      ad_id: '1',
      attribution_setting: { reattribution_window_hours: 168 },
    });
    expect(
      reasonsFor(tagRun, 'attribution_data.attribution_setting.inactivity_window_hours'),
    ).toEqual(['not a number; left out']);
  });

  it('an attribution_data that is not an object is named and left out', () => {
    const tagRun = run({ ...APPEND_ATTRIBUTION, attribution_data: '[1,2]' });
    expect(sentEvent(tagRun).attribution_data).toBeUndefined();
    expect(reasonsFor(tagRun, 'attribution_data')).toEqual(['not an object; left out']);
  });

  it('is read for AppendAttribution only', () => {
    const sent = sentEvent(
      run({ ...APPEND_ATTRIBUTION, event_name: 'Lead', attribution_data: ATTRIBUTION }),
    );
    expect(sent.attribution_data).toBeUndefined();
    const named = sentEvent(
      run({
        ...APPEND_ATTRIBUTION,
        event_name: 'append_attribution',
        attribution_data: ATTRIBUTION,
      }),
    );
    expect(named.event_name).toBe('AppendAttribution');
    expect(named.attribution_data).toEqual(ATTRIBUTION);
  });
});

describe('GTM4WP e-commerce event names', () => {
  it.each([
    ['gtm4wp.changeDetailViewEEC', 'ViewContent'],
    ['gtm4wp.addProductToCartEEC', 'AddToCart'],
    ['gtm4wp.checkoutStepEEC', 'InitiateCheckout'],
    ['gtm4wp.checkoutOptionEEC', 'AddPaymentInfo'],
    ['gtm4wp.orderCompletedEEC', 'Purchase'],
  ])('%s is sent as %s', (incoming, expected) => {
    const sent = sentEvent(
      run({
        event_name: incoming,
        event_id: 'wp-1',
        email: EMAIL,
        page_location: PAGE,
        user_agent: 'Mozilla/5.0',
        value: 30,
        currency: 'EUR',
      }),
    );
    expect(sent.event_name).toBe(expected);
  });

  it('the Event name mappings table still wins over them', () => {
    const sent = sentEvent(
      run(
        { event_name: 'gtm4wp.checkoutStepEEC', event_id: 'wp-2', email: EMAIL },
        {
          fields: { eventNameMappings: [{ from: 'gtm4wp.checkoutStepEEC', to: 'Checkout step' }] },
        },
      ),
    );
    expect(sent.event_name).toBe('Checkout step');
  });
});
