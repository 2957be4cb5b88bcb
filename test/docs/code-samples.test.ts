import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/**
 * Names a sample uses without defining, because they are the reader's own (the note file they read, the
 * signed-in user, the form's save button). Declared once here so that each sample stays as a reader
 * would copy it.
 */
const READER_PRELUDE = `
declare const fileContent: string;
declare const currentUser: { name: string; role: string };
declare const saveButton: HTMLButtonElement;
`;

interface Sample {
  file: string;
  line: number;
  code: string;
}

/** Every \`\`\`ts block of the README and docs/, except blocks marked `ts sketch` (an outline, not code). */
function samples(): Sample[] {
  const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  const found: Sample[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(?:ts|typescript)\s*$/.test(lines[i]!)) continue;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !lines[end]!.startsWith('```')) end++;
      found.push({ file, line: start + 1, code: lines.slice(start, end).join('\n') });
      i = end;
    }
  }
  return found;
}

function typeErrors(sample: Sample): string[] {
  const name = join(root, 'test', 'docs', `__sample_${sample.file.replace(/\W/g, '_')}_${sample.line}.ts`);
  // Each sample is a module of its own, so that two samples may declare the same names.
  const source = `${sample.code}\n${READER_PRELUDE}\nexport {};\n`;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ['node'],
    baseUrl: root,
    // The package's public names, pointed at its source, as the editor demo's Vite config does.
    paths: { 'casenote-lint': ['src/index.ts'], 'casenote-lint/*': ['src/*/index.ts', 'src/*.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (file === name ? source : readFile(file));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === name || fileExists(file);
  const program = ts.createProgram([name], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(name))
    .map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + sample.line : sample.line;
      return `${sample.file}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
}

describe('code samples in the README and docs/ type-check against the package', () => {
  const all = samples();
  it('finds the samples', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
  });
  for (const sample of all) {
    it(`${sample.file}:${sample.line}`, () => {
      expect(typeErrors(sample)).toEqual([]);
    }, 60_000);
  }
});
