import type { Rule } from '../src/types.js';
import { noVaguePhrases } from './no-vague-phrases.js';
import { requireSignOff } from './require-sign-off.js';
import { requiredFields } from './required-fields.js';
import { timeliness } from './timeliness.js';
import { noUppercaseBlocks } from './no-uppercase-blocks.js';
import { noSlang } from './no-slang.js';
import { respectfulLanguage } from './respectful-language.js';
import { sentenceLength } from './sentence-length.js';

/** Every built-in rule, in the order of the catalogue (SPEC §5). */
export const builtInRules: readonly Rule[] = [noVaguePhrases, requireSignOff, timeliness, requiredFields, noUppercaseBlocks, noSlang, respectfulLanguage, sentenceLength];

export { noVaguePhrases, requireSignOff, requiredFields, timeliness };
export { noUppercaseBlocks, noSlang, respectfulLanguage, sentenceLength };
