// @ts-check
// casenote-lint.config.mjs: the CLI, CI and the language server load the team's rules from here.
import team from './casenote-rules/index.mjs';

export default {
  extends: 'recommended',
  plugins: { team },
  rules: {
    'team/no-team-shorthand': 'warning',
    'team/interpreter-language': ['warning', { languages: ['Krio'] }],
  },
};
