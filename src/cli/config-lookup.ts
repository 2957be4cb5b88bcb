/**
 * Which configuration applies to a note: one rule for the CLI and the language server, so that the same
 * file gives the same findings in both. It is the nearest config file upward from the note's own folder,
 * up to the file-system root (as ESLint 10's flat config looks up from each linted file); the CLI's
 * `--config FILE` overrides it for every note. An editor has no working directory worth the name, so a
 * rule that started from one (as the CLI's did) could not be kept by the editor.
 */
import { dirname } from 'node:path';
import { findConfigFile } from './config-file.js';
import type { NoteScope } from './note-selection.js';

export class ConfigLocator {
  /** Config file of each folder asked about (undefined: none up to the root). */
  private readonly byFolder = new Map<string, string | undefined>();

  /** `explicit`: the absolute path of --config, used for every note. */
  constructor(private readonly explicit?: string) {}

  /** The config file for the notes in `folder`. */
  forFolder(folder: string): string | undefined {
    if (this.explicit !== undefined) return this.explicit;
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, findConfigFile(folder));
    return this.byFolder.get(folder);
  }

  /** The config file for the note `file`. */
  forFile(file: string): string | undefined {
    return this.forFolder(dirname(file));
  }

  /** Forget what was found (a config file was added, moved or removed). */
  clear(): void {
    this.byFolder.clear();
  }

  /**
   * The folder a config's `files` and `ignores` are relative to: its own folder; with --config, the working
   * directory (as ESLint has it, since a config given by path may live anywhere); with no config, `fallback`.
   */
  scope(configFile: string | undefined, patterns: { files?: readonly string[] | undefined; ignores?: readonly string[] | undefined }, fallback: string, shownAs?: string): NoteScope {
    const base = configFile === undefined ? fallback : this.explicit !== undefined ? fallback : dirname(configFile);
    return { base, files: patterns.files, ignores: patterns.ignores, configFile: shownAs ?? configFile };
  }
}
