/** The logger's side effects, bound to the sandbox in this one place (tests pass fakes). */
import { getContainerVersion, logToConsole } from '../sandbox/apis';

export interface LogIo {
  logToConsole: (line: string) => void;
  getContainerVersion: () => ContainerVersion | undefined;
}

export const sandboxLogIo: LogIo = {
  logToConsole: logToConsole,
  getContainerVersion: getContainerVersion,
};
