// Types of the seeded corpus generator, for the tests that use it.
import type { CaseNote } from '../../src/types.js';

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
}
export function createRandom(seed: number): Random;
export function paragraph(random: Random, sentences: number): string;
export function noteText(random: Random, words?: number): string;
export function note(random: Random, index: number, words?: number): CaseNote & { text: string };
export function corpus(seed: number, count: number, words?: number): (CaseNote & { text: string })[];
export function longText(seed: number, bytes: number): string;
export function asPastedFromWord(text: string): string;
