/** Loads the template's typed definition sources from template-src/definition. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fieldSources } from '../template-src/definition/fields/index';
import { info } from '../template-src/definition/info';
import { notes } from '../template-src/definition/notes';
import { permissions } from '../template-src/definition/permissions';
import {
  SCENARIO_NAME_PREFIX,
  scenarioDir,
  scenarioSetupFile,
} from '../template-src/definition/scenarios';

const THUMBNAIL = 'template-src/definition/thumbnail.png';

export interface ScenarioSource {
  name: string;
  file: string;
  code: string;
  /** The line of `file` on which `code` starts. */
  firstLine: number;
}

/** A scenario file: its first line names it, the rest is the code. */
export function scenarioFrom(file: string, text: string): ScenarioSource {
  const newline = text.indexOf('\n');
  const first = newline < 0 ? text : text.slice(0, newline);
  if (first.indexOf(SCENARIO_NAME_PREFIX) !== 0 || first.trim() === SCENARIO_NAME_PREFIX.trim()) {
    throw new Error(file + ':1: a scenario starts with "' + SCENARIO_NAME_PREFIX + '<name>"');
  }
  const rest = text.slice(newline + 1);
  const code = rest.replace(/^\n+/, '');
  return {
    name: first.slice(SCENARIO_NAME_PREFIX.length).trim(),
    file,
    code,
    firstLine: 2 + rest.length - code.length,
  };
}

export function loadDefinition(root: string) {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8').replace(/\s+$/, '');
  const thumbnail = readFileSync(path.join(root, THUMBNAIL)).toString('base64');
  return {
    info: { ...info, brand: { ...info.brand, thumbnail: 'data:image/png;base64,' + thumbnail } },
    fieldSources,
    permissions,
    notes,
    setup: { name: 'setup', file: scenarioSetupFile, code: read(scenarioSetupFile), firstLine: 1 },
    scenarios: readdirSync(path.join(root, scenarioDir))
      .filter((f) => f.endsWith('.js') && scenarioDir + '/' + f !== scenarioSetupFile)
      .sort()
      .map((f) => scenarioFrom(scenarioDir + '/' + f, read(scenarioDir + '/' + f))),
  };
}
