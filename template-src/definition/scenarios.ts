/**
 * GTM-native test scenarios (the Tests tab), as sandboxed JS files in
 * template-src/scenarios; `setup.js` runs before each of them.
 */
export const scenarioSetupFile = 'template-src/scenarios/setup.js';

export const scenarioFiles: { name: string; file: string }[] = [
  {
    name: 'Sends the event and succeeds',
    file: 'template-src/scenarios/sends-event-and-succeeds.js',
  },
  { name: 'Fails on an HTTP error', file: 'template-src/scenarios/fails-on-http-error.js' },
];
