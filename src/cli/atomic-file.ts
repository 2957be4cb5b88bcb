/**
 * A file written whole or not at all: the text goes to a temporary file in the same folder, which is
 * renamed over the target once everything is written. The temporary name is random and opened
 * exclusively ('wx': O_CREAT | O_EXCL), so a file or link planted there is never written through; rename
 * replaces the target itself, never a file that a link at the target points to. A run that fails half way
 * leaves the target as it was. Used for the baseline, for --output-file and for the notes --fix rewrites.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class AtomicFile {
  private settled = false;

  private constructor(
    readonly path: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
  ) {}

  /**
   * Opens the temporary file; throws (ENOENT, EACCES…) when the folder cannot take it. `mode`, when given,
   * is the file's exact permissions (a rewritten note keeps its own, whatever the umask), else 0o644.
   */
  static async create(path: string, mode?: number): Promise<AtomicFile> {
    const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
    // Opened owner-only when a mode is given, so that a note's text is never readable by others for a moment.
    const handle = await open(temporary, 'wx', mode === undefined ? 0o644 : 0o600);
    try {
      if (mode !== undefined) await handle.chmod(mode);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
    return new AtomicFile(path, temporary, handle);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk === 'string') await this.handle.write(chunk, null, 'utf8');
    else await this.handle.write(chunk);
  }

  /** Puts the written text in place of the target. */
  async commit(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    try {
      await this.handle.close();
      await rename(this.temporary, this.path);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw error;
    }
  }

  /** Leaves the target as it was. */
  async discard(): Promise<void> {
    if (this.settled) return;
    this.settled = true;
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true });
  }
}

export async function writeAtomically(path: string, text: string, mode?: number): Promise<void> {
  const file = await AtomicFile.create(path, mode);
  try {
    await file.write(text);
  } catch (error) {
    await file.discard();
    throw error;
  }
  await file.commit();
}
