/**
 * Where each built-in rule's documentation page (docs/rules/<id>.md) is published: one base for SARIF's
 * helpUri, the language server's codeDescription, the unified plugin's message url and the CLI.
 *
 * The base comes from package.json when the package is built or tested: its `repository` (or a GitHub
 * `homepage`) gives the page on GitHub, any other `homepage` the `docs/rules/` folder under it, and
 * without either the published package's own copy of the page on unpkg, for the version installed.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { builtInRules } from '../index.js';

interface PackageFields {
  name?: string;
  version?: string;
  homepage?: string;
  repository?: string | { url?: string; directory?: string };
}

const PAGES = 'docs/rules/';

/** The GitHub repository named by a package.json `repository` or `homepage`: "owner/name", or undefined. */
function gitHubRepository(value: string): string | undefined {
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(value);
  if (shorthand) return shorthand[1]!.replace(/\.git$/, '');
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?(?:[/#?].*)?$/.exec(value);
  return url?.[1];
}

/** The base URL of the rule pages for a package.json; exported for its test. */
export function docsBaseFrom(pkg: PackageFields): string {
  const repository = typeof pkg.repository === 'string' ? { url: pkg.repository } : pkg.repository;
  const fromRepository = repository?.url ? gitHubRepository(repository.url) : undefined;
  const fromHomepage = pkg.homepage ? gitHubRepository(pkg.homepage) : undefined;
  const gitHub = fromRepository ?? fromHomepage;
  if (gitHub) {
    const directory = fromRepository && repository?.directory ? `${repository.directory.replace(/^\/+|\/+$/g, '')}/` : '';
    return `https://github.com/${gitHub}/blob/main/${directory}${PAGES}`;
  }
  if (pkg.homepage && /^https?:\/\//.test(pkg.homepage)) return new URL(PAGES, pkg.homepage.replace(/#.*$/, '').replace(/\/?$/, '/')).href;
  return `https://unpkg.com/${pkg.name ?? 'casenote-lint'}@${pkg.version ?? 'latest'}/${PAGES}`;
}

/** The one base of every link to a rule's page. */
export const RULE_DOCS_BASE = docsBaseFrom(packageJson as PackageFields);

const documented = new Set(builtInRules.map((rule) => rule.meta.id));

/** The page of a built-in rule; undefined for a rule of the user's own (custom rules have no page here). */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return documented.has(ruleId) ? `${RULE_DOCS_BASE}${ruleId}.md` : undefined;
}
