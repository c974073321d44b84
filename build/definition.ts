/** Loads the template's typed definition sources from template-src/definition. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fieldSources } from '../template-src/definition/fields/index';
import { info } from '../template-src/definition/info';
import { notes } from '../template-src/definition/notes';
import { permissions } from '../template-src/definition/permissions';
import { scenarioFiles, scenarioSetupFile } from '../template-src/definition/scenarios';

const THUMBNAIL = 'template-src/definition/thumbnail.png';

export interface ScenarioSource {
  name: string;
  file: string;
  code: string;
}

export function loadDefinition(root: string) {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8').replace(/\s+$/, '');
  const thumbnail = readFileSync(path.join(root, THUMBNAIL)).toString('base64');
  return {
    info: { ...info, brand: { ...info.brand, thumbnail: 'data:image/png;base64,' + thumbnail } },
    fieldSources,
    permissions,
    notes,
    setup: { file: scenarioSetupFile, code: read(scenarioSetupFile) },
    scenarios: scenarioFiles.map((s): ScenarioSource => ({
      name: s.name,
      file: s.file,
      code: read(s.file),
    })),
  };
}
