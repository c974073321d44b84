/** Shared by the field definitions (run at build time) and the stage; so this module imports nothing. */

/** The standard event preselected in the field, and used when it is unset. */
export const DEFAULT_STANDARD_EVENT = 'PageView';
