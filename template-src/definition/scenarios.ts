/**
 * GTM-native test scenarios (the Tests tab): every `*.js` file in
 * template-src/scenarios except setup.js, in file-name order. A scenario's
 * name is its first line, written `// Scenario: <name>`; `setup.js` runs
 * before each scenario, as in GTM.
 */
export const scenarioDir = 'template-src/scenarios';
export const scenarioSetupFile = 'template-src/scenarios/setup.js';
export const SCENARIO_NAME_PREFIX = '// Scenario: ';
