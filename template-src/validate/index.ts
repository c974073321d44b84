/** The validator: one finished server event in, the cleaned event and its problems out. */
export { validateServerEvent } from './server-event';
export type { ValidationResult } from './server-event';
export type { Problem } from '../problem';
