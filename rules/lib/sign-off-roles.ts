/**
 * The roles that sign case notes, under the names the rule API gives them: what readSignOff needs to
 * read a sign-off the way require-sign-off does (`{ roles: SIGN_OFF_ROLES, roleHeads: SIGN_OFF_ROLE_HEADS,
 * roleAcronyms: SIGN_OFF_ROLE_ACRONYMS }`). The lists are data in rules/data/roles.ts.
 */
export { ROLES as SIGN_OFF_ROLES, ROLE_ACRONYMS as SIGN_OFF_ROLE_ACRONYMS, ROLE_HEADS as SIGN_OFF_ROLE_HEADS } from '../data/roles.js';
