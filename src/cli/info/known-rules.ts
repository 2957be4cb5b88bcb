import { builtInRules, type Linter, type Rule } from '../../index.js';

/** Every rule the linter knows, on or off: the built-in ones in catalogue order, then the config's own. */
export function knownRules(linter: Linter): Rule[] {
  const all: Rule[] = [...builtInRules];
  for (const { rule } of linter.config.rules) if (!all.some((known) => known.meta.id === rule.meta.id)) all.push(rule);
  return all;
}
