// @ts-check
/**
 * Languages a note may name for an interpreter. A team adds its own with the rule's `languages`
 * option rather than editing this list.
 *
 * @type {readonly string[]}
 */
export const LANGUAGES = [
  'Albanian', 'Amharic', 'Arabic', 'Bengali', 'British Sign Language', 'BSL', 'Cantonese', 'Czech', 'Dari',
  'Farsi', 'French', 'Gujarati', 'Hungarian', 'Kurdish', 'Lithuanian', 'Makaton', 'Mandarin', 'Pashto',
  'Polish', 'Portuguese', 'Punjabi', 'Romanian', 'Russian', 'Sign Language', 'Slovak', 'Somali', 'Sorani',
  'Spanish', 'Sylheti', 'Tamil', 'Tigrinya', 'Turkish', 'Ukrainian', 'Urdu', 'Vietnamese',
];
