/** A config that cannot be used; the message names the key (`rules.no-jargon[1].add`) and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
