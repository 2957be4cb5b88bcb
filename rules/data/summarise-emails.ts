/**
 * What a pasted email looks like in a case note: its header fields, the markers mail programs put
 * between the messages of a thread, and the lines they add at the end (signatures and
 * confidentiality notices). Lower case; the rule compares whole header names and looks for the
 * notice phrases anywhere in a line.
 */

/** Header fields of a pasted email ("From:", "Sent:", ...), in English as Outlook, Gmail and Apple Mail write them. */
export const EMAIL_HEADER_FIELDS: readonly string[] = [
  'from',
  'sent',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'reply-to',
  'reply to',
  'attachments',
  'importance',
  'sensitivity',
  'classification',
];

/** Fields that name a sender or recipient: an email header block has at least one of them. */
export const EMAIL_ADDRESS_FIELDS: readonly string[] = ['from', 'sent', 'to', 'cc', 'bcc', 'reply-to', 'reply to'];

/**
 * Fields that only an email has. A block of "From:" and "To:" alone can be a phone message slip or a
 * structured note, so a header block also needs one of these, a third field, or an email address.
 */
export const EMAIL_ONLY_FIELDS: readonly string[] = ['sent', 'cc', 'bcc', 'subject', 'reply-to', 'reply to', 'attachments', 'importance', 'sensitivity', 'classification'];

/** Words of the separator line that starts an earlier message of a thread: "-----Original Message-----". */
export const THREAD_MARKERS: readonly string[] = ['original message', 'forwarded message', 'begin forwarded message', 'forwarded by'];

/**
 * Phrases of the confidentiality notice or the signature a mail program adds at the end of an email.
 * Chosen to be what no worker writes in their own words.
 */
export const EMAIL_FOOTERS: readonly string[] = [
  'intended recipient',
  'intended solely for the use',
  'intended only for the use',
  'received this email in error',
  'received this e-mail in error',
  'received this message in error',
  'received this communication in error',
  'this email and any attachments',
  'this e-mail and any attachments',
  'this email and any files transmitted',
  'this e-mail and any files transmitted',
  'this message and any attachments',
  'may contain confidential and privileged',
  'may contain privileged and confidential',
  'views expressed in this email',
  'please consider the environment before printing',
  'sent from my iphone',
  'sent from my ipad',
  'sent from my android',
  'sent from my samsung',
  'sent from my galaxy',
  'sent from outlook for',
  'get outlook for ios',
  'get outlook for android',
  'sent from mail for windows',
];
