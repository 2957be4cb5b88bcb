import type { Formatter } from '../report.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The formats by name: a Map, so that a name such as __proto__ or constructor from the command line is just unknown. */
export const formatters: ReadonlyMap<string, Formatter> = new Map([
  ['stylish', stylish],
  ['json', json],
  ['sarif', sarif],
  ['github', github],
  ['html', html],
]);

export function formatterNamed(name: string): Formatter | undefined {
  return formatters.get(name);
}
