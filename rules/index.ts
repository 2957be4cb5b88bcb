import type { Rule } from '../src/types.js';
import { noVaguePhrases } from './no-vague-phrases.js';
import { requireSignOff } from './require-sign-off.js';
import { requiredFields } from './required-fields.js';

/** Every built-in rule, in the order of the catalogue (SPEC §5). */
export const builtInRules: readonly Rule[] = [noVaguePhrases, requireSignOff, requiredFields];

export { noVaguePhrases, requireSignOff, requiredFields };
