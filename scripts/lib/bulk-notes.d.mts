import type { CaseNote } from '../../src/types.js';
export declare function bulkNote(random: { next(): number; int(min: number, max: number): number; pick<T>(list: readonly T[]): T }, index: number, words?: number): CaseNote & { id: string };
export declare function bulkLines(seed: number, count: number, words?: number): Generator<string>;
export declare function writeBulkJsonl(path: string, seed: number, count: number, words?: number): Promise<number>;
