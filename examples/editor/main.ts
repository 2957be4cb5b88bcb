import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { forEachDiagnostic, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { createLinter, NOTE_TYPES, type CaseNote, type LintResult } from 'casenote-lint';
import { caseNoteLint, relintCaseNote, type NoteMetadata } from 'casenote-lint/codemirror';

const SAMPLE = `Home visit to Jay (age 9) at his mother's flat.

Jay showed me his bedroom and the Lego models he has built. He said school is "alright" and that he likes his new teacher. No concerns.

His mother said the LAC review has moved to next week. I explained what the review is for and who will be there.

Priya Shah, Social Worker, 03/04/2026
`;

const form = document.querySelector<HTMLFormElement>('#metadata')!;
const typeSelect = document.querySelector<HTMLSelectElement>('#type')!;
const summary = document.querySelector<HTMLElement>('#summary')!;
const list = document.querySelector<HTMLOListElement>('#finding-list')!;

for (const type of NOTE_TYPES) typeSelect.add(new Option(type, type, type === 'home-visit', type === 'home-visit'));

/** The host form supplies the note's metadata; the editor holds its text. */
function readMetadata(): NoteMetadata {
  const data = new FormData(form);
  const field = (name: string) => String(data.get(name) ?? '').trim();
  const metadata: NoteMetadata = { type: field('type') || undefined };
  if (field('occurredAt')) metadata.occurredAt = field('occurredAt');
  if (field('recordedAt')) metadata.recordedAt = field('recordedAt');
  if (field('authorName') || field('authorRole')) metadata.author = { name: field('authorName'), role: field('authorRole') };
  return metadata;
}

// Compile once; each lint of the edited note reuses the analysis of unchanged paragraphs.
const compiled = createLinter();
let lastLintMs = 0;
const linter = {
  lint(note: CaseNote | string): LintResult {
    const started = performance.now();
    const result = compiled.lint(note);
    lastLintMs = performance.now() - started;
    return result;
  },
};

function showSummary(result: LintResult): void {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, result.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => (severity === 'info' ? `${count} info` : plural(count, severity)));
  const checked = `checked in ${lastLintMs.toFixed(1)} ms`;
  summary.textContent = counts.length === 0 ? `No findings (${checked}).` : `${plural(result.findings.length, 'finding')}: ${counts.join(', ')} (${checked}).`;
}

/** The findings list, built from the editor's diagnostics so that positions follow edits and fixes reuse the extension's actions. */
function renderFindings(view: EditorView): void {
  const items: { diagnostic: Diagnostic; from: number; to: number }[] = [];
  forEachDiagnostic(view.state, (diagnostic, from, to) => items.push({ diagnostic, from, to }));
  items.sort((a, b) => a.from - b.from || a.to - b.to);
  list.replaceChildren();
  if (items.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'Nothing to fix.';
    list.append(empty);
    return;
  }
  for (const { diagnostic, from, to } of items) {
    const item = document.createElement('li');
    item.className = `finding ${diagnostic.severity}`;
    item.dataset.rule = diagnostic.source ?? '';
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.className = 'jump';
    jump.textContent = `Line ${view.state.doc.lineAt(from).number}`;
    jump.addEventListener('click', () => {
      view.dispatch({ selection: { anchor: from, head: to }, scrollIntoView: true });
      view.focus();
    });
    const rule = document.createElement('span');
    rule.className = 'rule';
    rule.textContent = ` ${diagnostic.source ?? ''}`;
    const message = document.createElement('p');
    message.textContent = diagnostic.message;
    item.append(jump, rule, message);
    if (to > from) {
      const excerpt = document.createElement('q');
      excerpt.textContent = view.state.sliceDoc(from, to);
      item.append(excerpt);
    }
    for (const action of diagnostic.actions ?? []) {
      const fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'fix';
      fix.textContent = action.name;
      fix.addEventListener('click', () => {
        action.apply(view, from, to);
        view.focus();
      });
      const wrapper = document.createElement('div');
      wrapper.append(fix);
      item.append(wrapper);
    }
    list.append(item);
  }
}

const view = new EditorView({
  parent: document.querySelector('#editor')!,
  state: EditorState.create({
    doc: SAMPLE,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Case note text', spellcheck: 'true', lang: 'en-GB' }),
      caseNoteLint({ linter, metadata: readMetadata, onLint: showSummary, delay: 250 }),
      lintGutter(),
      EditorView.updateListener.of((update) => {
        // Diagnostics arrive in a transaction of their own; edits move them. Either way the list is redrawn.
        if (update.docChanged || update.transactions.some((tr) => tr.effects.length > 0)) renderFindings(update.view);
      }),
    ],
  }),
});

// The metadata lives in the form: lint again when it changes.
form.addEventListener('input', () => relintCaseNote(view));

Object.assign(window, { casenoteDemo: { view } });
