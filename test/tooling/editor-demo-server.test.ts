import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe("the editor demo's development server (README: npx vite --config examples/editor/vite.config.ts)", () => {
  it('prints the address to open', async () => {
    const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), '--config', join(root, 'examples', 'editor', 'vite.config.ts'), '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', CI: '1' },
    });
    try {
      const printed = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no address within 60 s; printed:\n${out}`)), 60_000);
        const read = (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (/Local:\s+http:\/\/127\.0\.0\.1:\d+\//.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        };
        vite.stdout.on('data', read);
        vite.stderr.on('data', read);
        vite.on('exit', (code) => reject(new Error(`vite exited with ${code}; printed:\n${out}`)));
      });
      expect(printed).toMatch(/Local:\s+http:\/\/127\.0\.0\.1:\d+\//);
    } finally {
      vite.kill();
    }
  }, 90_000);
});
