/**
 * Describes anything a rule or the engine threw, without ever throwing itself: a thrown value may be an
 * object without a prototype, an error whose `name` or `message` getter throws, or a Proxy whose every
 * trap throws, and describing it must not turn one failure into a crash of the whole lint.
 */
export function describeThrown(value: unknown, maxLength = 200): string {
  let description: string;
  try {
    description = describe(value);
  } catch {
    description = isErrorLike(value) ? 'an error that could not be described' : 'a value that could not be described';
  }
  return description.length > maxLength ? `${description.slice(0, maxLength - 1)}…` : description;
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    const name = String(value.name);
    const message = String(value.message);
    return message ? `${name}: ${message}` : name;
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object' || typeof value === 'function') {
    // String() of an object calls its own toString, which may be anything; say what kind of value it is instead.
    return Array.isArray(value) ? 'a list' : typeof value === 'function' ? 'a function' : 'an object';
  }
  return String(value);
}

function isErrorLike(value: unknown): boolean {
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}
