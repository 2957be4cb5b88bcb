/** The sign-off that ends every test note, matching the author and recordedAt below. */
export const SIGN_OFF = '\n\nPriya Shah, Social Worker, 10/04/2026';

/** A home-visit note with complete metadata and a sign-off, so that only the rule under test speaks. */
export const note = (text: string) => ({
  type: 'home-visit',
  occurredAt: '2026-04-09T14:00:00',
  recordedAt: '2026-04-10T09:30:00',
  author: { name: 'Priya Shah', role: 'Social Worker' },
  text: text + SIGN_OFF,
});

/** A note file: front matter with complete metadata, the body, and a sign-off on the recorded date. */
export const noteFile = (body: string) => `---
type: home-visit
occurredAt: 2026-04-02T10:00
recordedAt: 2026-04-03T09:00
author: { name: Priya Shah, role: Social Worker }
---
${body}

Priya Shah, Social Worker, 03/04/2026
`;
