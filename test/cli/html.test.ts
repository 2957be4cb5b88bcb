import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/cli/formatters/html.js';

describe('HTML escaping', () => {
  it('escapes every character that can open markup or end an attribute', () => {
    expect(escapeHtml(`<script>"a" & 'b' \`c\`</script>`)).toBe('&#60;script&#62;&#34;a&#34; &#38; &#39;b&#39; &#96;c&#96;&#60;/script&#62;');
  });
});
