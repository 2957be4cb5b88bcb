import type { Rule } from '../src/rule-api.js';
import { noAcronyms } from './no-acronyms.js';
import { noJargon } from './no-jargon.js';
import { explainTechnicalTerms } from './explain-technical-terms.js';
import { noVaguePhrases } from './no-vague-phrases.js';
import { evidenceForDescriptors } from './evidence-for-descriptors.js';
import { requireSignOff } from './require-sign-off.js';
import { attributeOpinion } from './attribute-opinion.js';
import { attributeSource } from './attribute-source.js';
import { timeliness } from './timeliness.js';
import { noUppercaseBlocks } from './no-uppercase-blocks.js';
import { noSlang } from './no-slang.js';
import { respectfulLanguage } from './respectful-language.js';
import { summariseEmails } from './summarise-emails.js';
import { informationSharing } from './information-sharing.js';
import { signAmendments } from './sign-amendments.js';
import { requiredFields } from './required-fields.js';
import { sentenceLength } from './sentence-length.js';
import { noTranscriptArtefacts } from './no-transcript-artefacts.js';
import { recordDecisions } from './record-decisions.js';
import { childSeenAndHeard } from './child-seen-and-heard.js';
import { fullNames } from './full-names.js';
import { consentToRecord } from './consent-to-record.js';
import { spelling } from './spelling.js';

/** Every built-in rule, in the order of the catalogue (SPEC §5). */
export const builtInRules: readonly Rule[] = [
  noAcronyms,
  noJargon,
  explainTechnicalTerms,
  noVaguePhrases,
  evidenceForDescriptors,
  requireSignOff,
  attributeOpinion,
  attributeSource,
  timeliness,
  noUppercaseBlocks,
  noSlang,
  respectfulLanguage,
  summariseEmails,
  informationSharing,
  signAmendments,
  requiredFields,
  sentenceLength,
  noTranscriptArtefacts,
  recordDecisions,
  childSeenAndHeard,
  fullNames,
  consentToRecord,
  spelling,
];

export {
  noAcronyms,
  noJargon,
  explainTechnicalTerms,
  noVaguePhrases,
  evidenceForDescriptors,
  requireSignOff,
  attributeOpinion,
  attributeSource,
  timeliness,
  noUppercaseBlocks,
  noSlang,
  respectfulLanguage,
  summariseEmails,
  informationSharing,
  signAmendments,
  requiredFields,
  sentenceLength,
  noTranscriptArtefacts,
  recordDecisions,
  childSeenAndHeard,
  fullNames,
  consentToRecord,
  spelling,
};
