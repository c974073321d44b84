/** Fields for browser identifiers (fbc, fbp) and the cookies that keep them. */
import type { TemplateParameter } from '../gtm-types';

export const identityFields: TemplateParameter[] = [
  {
    type: 'GROUP',
    name: 'identityGroup',
    displayName: 'Click ID (fbc), browser ID (fbp) and cookies',
    groupStyle: 'ZIPPY_CLOSED',
    subParams: [
      {
        type: 'CHECKBOX',
        name: 'generateFbc',
        checkboxText: 'Create the click ID (fbc) from the fbclid in the page URL',
        simpleValueType: true,
        defaultValue: true,
        help: 'When someone arrives from a Meta ad, the page URL carries an <code>fbclid</code>. The tag turns it into <code>fbc</code> (exactly as received, never changed in case) when the browser has no click ID yet or when it belongs to an earlier click. An unchanged click keeps its original creation time.',
      },
      {
        type: 'CHECKBOX',
        name: 'generateFbp',
        checkboxText: 'Create the browser ID (fbp) when the browser has none',
        simpleValueType: true,
        defaultValue: true,
        help: 'Used when neither the <code>_fbp</code> cookie nor <code>x-fb-ck-fbp</code> is present. The value is derived from the GA4 client ID, so several events of a first visit that arrive at the same moment all get the same fbp (no random duplicates).',
      },
      {
        type: 'SELECT',
        name: 'identityCookies',
        displayName: 'Write _fbc / _fbp cookies',
        simpleValueType: true,
        defaultValue: 'generated',
        selectItems: [
          { value: 'generated', displayValue: 'For values this tag creates' },
          { value: 'always', displayValue: 'Always (also refreshes existing values)' },
          { value: 'never', displayValue: 'Never' },
        ],
        help: 'First-party cookies keep the IDs stable across visits, also in browsers that shorten the life of cookies set by scripts. "Always" re-writes existing values so they last as long as configured below.',
      },
      {
        type: 'TEXT',
        name: 'cookieDomain',
        displayName: 'Cookie domain',
        simpleValueType: true,
        defaultValue: 'auto',
        valueHint: 'auto',
        help: '<code>auto</code> sets cookies on your main domain (e.g. example.com) so every subdomain shares them. Enter a domain only if the server container runs on a different domain than the site. Also decides the domain level recorded in new fbc/fbp values.',
      },
      {
        type: 'TEXT',
        name: 'cookieMaxAgeDays',
        displayName: 'Cookie lifetime (days)',
        simpleValueType: true,
        defaultValue: '90',
        valueValidators: [{ type: 'POSITIVE_NUMBER' }],
        enablingConditions: [
          { paramName: 'identityCookies', paramValue: 'never', type: 'NOT_EQUALS' },
        ],
        help: 'How long the _fbc and _fbp cookies last. Meta recommends 90 days.',
      },
      {
        type: 'CHECKBOX',
        name: 'cookieHttpOnly',
        checkboxText: 'Make _fbc / _fbp cookies HttpOnly',
        simpleValueType: true,
        defaultValue: false,
        enablingConditions: [
          { paramName: 'identityCookies', paramValue: 'never', type: 'NOT_EQUALS' },
        ],
        help: 'HttpOnly cookies cannot be read by scripts in the page. Leave this off if the Meta Pixel runs in the browser: it could not read the IDs and would create different ones, which hurts deduplication.',
      },
    ],
  },
];
