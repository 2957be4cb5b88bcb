import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo imports the package by its public names; here they point at the source, so the demo needs no build of the package.
export default defineConfig({
  root: here('.'),
  base: './',
  resolve: {
    alias: [
      { find: /^casenote-lint\/codemirror$/, replacement: here('../../src/codemirror/index.ts') },
      { find: /^casenote-lint$/, replacement: here('../../src/index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
  },
  preview: { host: '127.0.0.1', strictPort: false },
  // 'info' (Vite's default): the development server prints the address to open.
  logLevel: 'info',
});
