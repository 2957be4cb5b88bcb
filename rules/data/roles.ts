/** Roles that sign case notes in UK children's services; the config can extend the list (require-sign-off `roles`). */
export const ROLES: readonly string[] = [
  'social worker',
  'senior social worker',
  'student social worker',
  'newly qualified social worker',
  'advanced practitioner',
  'advanced social work practitioner',
  'consultant social worker',
  'practice supervisor',
  'practice educator',
  'team manager',
  'assistant team manager',
  'deputy team manager',
  'service manager',
  'head of service',
  'group manager',
  'principal social worker',
  'duty social worker',
  'duty worker',
  'duty manager',
  'emergency duty social worker',
  'emergency duty officer',
  'family support worker',
  'family practitioner',
  'early help practitioner',
  'early help worker',
  'family worker',
  'contact supervisor',
  'family time supervisor',
  'personal adviser',
  'personal advisor',
  'leaving care worker',
  'independent reviewing officer',
  'child protection chair',
  'conference chair',
  'supervising social worker',
  'fostering social worker',
  'adoption social worker',
  'residential worker',
  'residential support worker',
  'senior residential worker',
  'registered manager',
  'youth worker',
  'youth justice worker',
  'case worker',
  'caseworker',
  'support worker',
  'outreach worker',
  'business support officer',
  'administrator',
  'team administrator',
  'student',
  'manager',
  'practitioner',
];

/**
 * Last words of job titles: a capitalised part of a sign-off line ending with one of them is a role
 * even when the title is not listed above ("Police Liaison Officer", "Return Home Interview Worker").
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'worker', 'officer', 'practitioner', 'manager', 'lead', 'nurse', 'visitor', 'chair', 'coordinator', 'co-ordinator',
  'adviser', 'advisor', 'assistant', 'supervisor', 'assessor', 'therapist', 'consultant', 'director', 'administrator',
  'mentor', 'navigator', 'keyworker', 'caseworker', 'educator', 'teacher', 'clinician', 'psychologist', 'psychiatrist',
  'paediatrician', 'doctor', 'midwife', 'constable', 'sergeant', 'detective', 'inspector', 'head', 'principal',
  'senco', 'counsellor', 'advocate', 'guardian', 'specialist', 'facilitator', 'student', 'trainee', 'apprentice',
]);

/** Roles written as their initials in a sign-off ("Dev Patel, PA, 04/11/2025"): matched as written, in capitals. */
export const ROLE_ACRONYMS: ReadonlySet<string> = new Set([
  'SW', 'SSW', 'NQSW', 'ASW', 'PSW', 'TM', 'ATM', 'DTM', 'SM', 'FSW', 'EHP', 'IRO', 'PA', 'RSW', 'RM', 'SP', 'AP', 'YOW', 'YJW', 'HV', 'DSL', 'SENCO',
]);

/**
 * How a block after the author's sign-off names itself when it is an addition, a countersignature or a
 * manager's oversight: such a block is not the entry, so the entry's sign-off is the one above it.
 */
export const ADDITION_LABELS: readonly string[] = [
  'addition', 'additional information', 'addendum', 'update', 'updated', 'late entry', 'further information', 'postscript', 'amendment',
  'amended', 'correction', 'countersigned', 'counter-signed', 'co-signed', 'cosigned', 'management oversight', 'manager oversight',
  "manager's oversight", 'managerial oversight', 'oversight', "manager's comment", "manager's comments", 'manager comment',
  'manager comments', "team manager's comment", "supervisor's comment", 'supervisor comment', 'reviewed by', 'approved by',
  'authorised by', 'endorsed by', 'read and agreed',
];

/**
 * An author role that holds a manager's authority ("Team Manager", "Head of Service", "Conference
 * Chair"): a decision or a consent such an author records is their own.
 */
export const MANAGER_ROLE = /\b(?:manager|head of service|director|practice supervisor|supervisor|chair|independent reviewing officer|iro|team leader|principal social worker)\b/i;
