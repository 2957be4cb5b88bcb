// @ts-check
import { interpreterLanguage } from './interpreter-language.mjs';
import { noTeamShorthand } from './no-team-shorthand.mjs';

/** Our team's rules as a plugin: a config that loads it as `team` names them "team/<key>". */
export default {
  rules: {
    'no-team-shorthand': noTeamShorthand,
    'interpreter-language': interpreterLanguage,
  },
};

export { interpreterLanguage, noTeamShorthand };
