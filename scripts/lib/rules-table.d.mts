import type { Rule } from '../../src/types.js';
export declare function renderRulesTable(rules: readonly Rule[]): string;
export declare const TABLE_START: string;
export declare const TABLE_END: string;
export declare function replaceRulesTable(readme: string, table: string): string;
