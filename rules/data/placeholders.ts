/**
 * The words of template placeholders that a worker left unfilled ("[CHILD NAME]", "<insert date>",
 * "{{child_name}}"): read by rules/lib/placeholders.ts, which required-fields reports and no-acronyms
 * leaves alone.
 *
 * A bracketed text is a placeholder when it asks for something ("insert", "enter"...) or when every
 * word of it is a word of a form, with a field among them ("[Name of school]", "[DATE OF VISIT]",
 * "[SCHOOL]"); "[GP]" is an acronym in brackets. Square brackets inside quoted speech are the
 * writer's clarifications ("he [Dad] said"), unless they hold an instruction or template syntax.
 * Anything else in brackets is the writer's own: an editorial mark ("[sic]", "[inaudible]", handled
 * by no-transcript-artefacts), an amendment ("[Amended 03/04/2026 ...]"), an anonymised name
 * ("[Child A]"), a redaction ("[name redacted]").
 *
 * Not placeholders: "TBC" and "N/A" (the writer's answer that something is not yet known or does not
 * apply: no-acronyms asks for the words in full), "X" alone ("Child X" is an anonymisation), and
 * "xxx" in lower case (kisses at the end of a child's message).
 */

/** First words of an instruction to the person filling in a template: "[Insert date]", "(enter name here)". */
export const INSTRUCTION_WORDS: readonly string[] = ['insert', 'enter', 'add', 'type', 'fill', 'complete', 'select', 'choose', 'please'];

/** What a template asks for: one of these among form words makes a bracketed phrase a placeholder ("[name]", "[Date of visit]"). */
export const FIELD_WORDS: readonly string[] = [
  'name', 'names', 'surname', 'forename', 'forenames', 'initials', 'date', 'dates', 'dob', 'time', 'times', 'address',
  'postcode', 'number', 'phone', 'telephone', 'email', 'signature', 'reference', 'ref', 'id', 'placeholder', 'null', 'undefined',
];

/**
 * Topics a template asks about that are also ordinary words a writer puts in brackets to clarify a
 * quotation ("I hate it [school]", "Dr Shah [GP]"): a placeholder only in capitals ("[SCHOOL]") or
 * with another form word ("[child's school]").
 */
export const FIELD_TOPICS: readonly string[] = [
  'school', 'age', 'role', 'title', 'tel', 'mobile', 'details', 'location', 'venue', 'ethnicity', 'gender', 'pronouns',
  'nationality', 'language', 'religion',
];

/** Words that describe whose or which field it is: "[CHILD'S FIRST NAME]", "[date of next visit]". */
export const FIELD_MODIFIERS: readonly string[] = [
  'child', "child's", 'childs', "children's", 'young', "person's", 'person', 'parent', "parent's", 'parents', 'mother', "mother's",
  'mum', "mum's", 'father', "father's", 'dad', "dad's", 'carer', "carer's", 'carers', 'worker', "worker's", 'social', 'sw',
  'first', 'last', 'middle', 'full', 'family', 'of', 'the', 'a', 'birth', 'visit', 'meeting', 'next', 'review', 'contact', 'home',
  'case', 'current', 'new', 'previous', 'key', 'named', 'your', 'their', 'his', 'her', 'staff', 'professional', 'agency', 'manager',
  'team', 'referrer', "referrer's", 'referral', 'author', "author's", 'subject', 'client', 'here', 'and', 'or', 'sibling',
  "sibling's", 'foster', 'teacher', "teacher's", 'doctor', "doctor's", 'police', 'officer', "officer's", 'event', 'incident',
  'start', 'end', 'report', 'record', 'entry', 'note', 'no', 'nhs', 'day',
];
