/**
 * A team's plugin and JavaScript config as a user writes them, for the CLI and language-server tests:
 * a module with two rules (one that flags initials, one that always throws) and a word list, and a
 * casenote-lint.config.mjs that imports them. The modules import zod by its file URL in this repository,
 * as a team's would import its own copy from node_modules.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ZOD = pathToFileURL(join(import.meta.dirname, '..', '..', 'node_modules', 'zod', 'index.js')).href;

export const PLUGIN_MODULE = `import * as z from ${JSON.stringify(ZOD)};

/** Flags initials written instead of a name. */
export const noInitials = {
  meta: {
    description: 'Initials written instead of a name.',
    severity: 'warning',
    category: 'language',
    schema: z.object({ initials: z.array(z.string().min(1)).default([]).describe('Initials the team writes out.') }).strict(),
    reference: { section: 'Team guidance', summary: 'Write a person\\'s name in full.' },
  },
  check(context) {
    for (const initials of context.options.initials) {
      for (let at = context.note.text.indexOf(initials); at >= 0; at = context.note.text.indexOf(initials, at + initials.length)) {
        context.report({ start: at, end: at + initials.length, message: 'Write the person\\'s name in full, not their initials.' });
      }
    }
  },
};

export const alwaysThrows = {
  meta: { description: 'A rule with a bug.', severity: 'warning', category: 'language', schema: z.object({}).strict(), reference: { section: 'Team guidance', summary: 'None.' } },
  check() {
    throw new Error('team rule bug');
  },
};

/** The team's own jargon, added to no-jargon's list. */
export const teamJargon = [{ match: 'step-down panel', replacement: 'the meeting that decides on less support' }];

export default { meta: { name: 'casenote-lint-plugin-myteam' }, rules: { 'no-initials': noInitials, broken: alwaysThrows } };
`;

/** casenote-lint.config.mjs turning the plugin's rules on, with the team's jargon added to no-jargon. */
export const CONFIG_MODULE = `import myteam, { teamJargon } from './team-plugin.mjs';

/** @type {import('casenote-lint').Config} */
export default {
  plugins: { myteam },
  rules: {
    'myteam/no-initials': ['error', { initials: ['K.P.', 'J.B.'] }],
    'myteam/broken': 'warning',
    'no-jargon': ['warning', { add: teamJargon }],
  },
};
`;

/** The files of a folder with the plugin and its config. */
export function teamFiles(): Record<string, string> {
  return { 'team-plugin.mjs': PLUGIN_MODULE, 'casenote-lint.config.mjs': CONFIG_MODULE };
}

/** A note body with initials and the team's jargon in it. */
export const TEAM_BODY = 'I visited K.P. at home with her mother. We talked about the step-down panel next week.';
/** A note body with neither. */
export const PLAIN_BODY = 'I visited Kayla Price at home with her mother. She showed me her bedroom and her new school bag.';
