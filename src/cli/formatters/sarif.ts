import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { ENGINE_RULE_ID } from '../../engine/linter.js';
import { ruleDocsUrl } from '../../docs/rule-url.js';
import type { Finding, Severity } from '../../types.js';
import type { FormatContext, Formatter, InputProblem, NoteReport, RuleInfo } from '../report.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Input problems kept as tool notifications; past this many, one more notification counts the rest. */
const MAX_NOTIFICATIONS = 1000;

const level = (severity: Severity | 'off'): Sarif.ReportingConfiguration.level =>
  severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : severity === 'info' ? 'note' : 'none';

/**
 * SARIF 2.1.0 for code scanning. Every rule is in tool.driver.rules with its default level; a severity
 * changed by the config is a ruleConfigurationOverride of the invocation. Each result has the file's uri
 * relative to the working directory (%SRCROOT%) and a region:
 * - a note file (.md, .txt): the finding's own lines and columns (UTF-16 code units, as columnKind says);
 * - a note inside a .json or .jsonl file: the note's line of the file, from column 1 (endColumn left out
 *   means "to the end of the line"), with the position inside the note's text in the message and in
 *   properties.notePosition.
 * Results are written as they come, one per line, so the log streams. Malformed input becomes a tool
 * execution notification and marks the run unsuccessful.
 */
export const sarif: Formatter = (context) => {
  const rules = ruleDescriptors(context.rules);
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const notifications: Sarif.Notification[] = [];
  let droppedNotifications = 0;

  return {
    begin() {
      const driver: Sarif.ToolComponent = {
        name: 'casenote-lint',
        informationUri: 'https://www.npmjs.com/package/casenote-lint',
        rules,
      };
      if (context.version && /^\d+\.\d+\.\d+/.test(context.version)) {
        driver.version = context.version;
        driver.semanticVersion = context.version;
      }
      const head = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
      };
      const run: Partial<Sarif.Run> = {
        tool: { driver },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
      };
      const runText = JSON.stringify(run, null, 2).replace(/\n}$/, ',\n  "results": [');
      return `${JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "runs": [\n    ')}${runText.replace(/\n/g, '\n    ')}`;
    },
    entries: (report: NoteReport) => report.findings.map((finding, index) => JSON.stringify(toResult(report, finding, report.fingerprints?.[index], indexOf, context))),
    first: '\n        ',
    between: ',\n        ',
    problem(problem) {
      if (notifications.length < MAX_NOTIFICATIONS) notifications.push(notification(problem));
      else droppedNotifications++;
    },
    end(results) {
      if (droppedNotifications > 0) {
        notifications.push({ level: 'error', message: { text: `${droppedNotifications} more notes could not be read (not listed).` } });
      }
      const invocation: Sarif.Invocation = {
        executionSuccessful: !notifications.some((n) => n.level === 'error'),
      };
      const overrides = configurationOverrides(context.rules, indexOf);
      if (overrides.length) invocation.ruleConfigurationOverrides = overrides;
      if (notifications.length) invocation.toolExecutionNotifications = notifications;
      const invocations = JSON.stringify([invocation], null, 2).replace(/\n/g, '\n      ');
      return `${results === 0 ? '' : '\n      '}],\n      "invocations": ${invocations}\n    }\n  ]\n}\n`;
    },
  };
};

function ruleDescriptors(rules: readonly RuleInfo[]): Sarif.ReportingDescriptor[] {
  const descriptors: Sarif.ReportingDescriptor[] = rules.map((rule) => {
    const helpUri = ruleDocsUrl(rule.id);
    return {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: firstSentence(rule.description) },
      fullDescription: { text: rule.description },
      help: {
        text: `${rule.reference.section}: ${rule.reference.summary}`,
        markdown: `**${rule.reference.section}** — ${rule.reference.summary}`,
      },
      // The rule's documentation page (built-in rules only; a custom rule has none here).
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: level(rule.defaultSeverity) },
      properties: {
        tags: ['case-recording', ...(rule.category ? [rule.category] : [])],
        standardSection: rule.reference.section,
      },
    };
  });
  if (!rules.some((rule) => rule.id === ENGINE_RULE_ID)) {
    descriptors.push({
      id: ENGINE_RULE_ID,
      name: 'CasenoteLint',
      shortDescription: { text: 'Problems the linter itself reports about a note.' },
      fullDescription: { text: 'Problems the linter itself reports about a note: a note too large to lint, or more findings than the configured cap.' },
      help: { text: 'Split very large notes, or raise maxNoteSize or maxFindings in the config.' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['case-recording'] },
    });
  }
  return descriptors;
}

function configurationOverrides(rules: readonly RuleInfo[], indexOf: Map<string, number>): Sarif.ConfigurationOverride[] {
  return rules
    .filter((rule) => rule.severity !== rule.defaultSeverity)
    .map((rule) => ({
      descriptor: { id: rule.id, index: indexOf.get(rule.id)! },
      configuration: rule.severity === 'off' ? { enabled: false } : { level: level(rule.severity) },
    }));
}

function toResult(report: NoteReport, finding: Finding, fingerprint: string | undefined, indexOf: Map<string, number>, context: FormatContext): Sarif.Result {
  const inNote = report.positions === 'note';
  const region: Sarif.Region = inNote
    ? { startLine: report.line ?? 1, startColumn: 1, endLine: report.line ?? 1 }
    : {
        startLine: finding.line,
        startColumn: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
        charOffset: finding.offset,
        charLength: finding.endOffset - finding.offset,
      };
  if (!inNote && !context.redact && finding.excerpt) region.snippet = { text: finding.excerpt };
  const where = inNote ? ` (${report.noteId ? `note ${report.noteId}` : 'note'}, line ${finding.line}, column ${finding.column} of its text)` : '';
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    level: level(finding.severity) as Sarif.Result.level,
    message: { text: finding.message + where },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(report.file), region } }],
  };
  const index = indexOf.get(finding.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  // A hash of the excerpt is a function of the note's text: never with --redact.
  if (fingerprint && !context.redact) result.partialFingerprints = { 'casenoteFinding/v1': fingerprint };
  const properties: Sarif.PropertyBag = { positionBase: inNote ? 'note' : 'file', standardSection: finding.reference.section };
  if (report.noteId) properties.noteId = report.noteId;
  if (inNote) {
    properties.notePosition = { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, offset: finding.offset, endOffset: finding.endOffset };
  }
  if (finding.suggestions?.length) properties.suggestions = finding.suggestions.map((s) => (s.replacement === undefined ? { message: s.message } : { message: s.message, replacement: s.replacement }));
  result.properties = properties;
  return result;
}

function notification(problem: InputProblem): Sarif.Notification {
  const region: Sarif.Region | undefined = problem.line ? { startLine: problem.line } : undefined;
  return {
    level: 'error',
    message: { text: `Malformed input: ${problem.error}` },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(problem.file), ...(region ? { region } : {}) } }],
  };
}

/** A path relative to the working directory as a relative URI reference under %SRCROOT%; an absolute path as a file: URI. */
export function artifactLocation(file: string): Sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const uri = file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return { uri, uriBaseId: SRCROOT };
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text);
  return match ? match[1]! : text;
}

function pascalCase(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
