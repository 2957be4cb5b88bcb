import type { Formatter } from '../report.js';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Record<string, Formatter> = { stylish, json, sarif, github, html };
