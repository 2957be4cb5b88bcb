/**
 * Words written in capitals that are not shouting, for no-uppercase-blocks: they do not count towards
 * a block of capitals ("CP and LAC review with the GP" is not a block). The rule uses the acronyms of
 * the no-acronyms rule (ACRONYM_WORDS in rules/data/no-acronyms.ts) together with this list, which
 * covers capitals that rule matches case-insensitively or leaves out ("DOB", "ATM", "S47"), so that
 * the two rules agree on what an acronym is.
 */
export const KNOWN_ACRONYMS: readonly string[] = [
  // Children's services and the law
  'CP', 'CPP', 'CIN', 'LAC', 'CLA', 'CiC', 'ICPC', 'RCPC', 'RCPCC', 'EDT', 'MASH', 'LADO', 'IRO', 'PLO', 'ICO', 'EPO', 'SGO', 'CAO',
  'S47', 'S17', 'S20', 'S31', 'DV', 'DA', 'CSE', 'CCE', 'FGM', 'UASC', 'SW', 'SSW', 'TM', 'ATM', 'FSW', 'YOS', 'YOT', 'MARAC', 'MAPPA',
  'IDVA', 'ISVA', 'CAFCASS', 'Cafcass', 'EHCP', 'SEN', 'SEND', 'SENCO', 'SENCo', 'PEP', 'DSL', 'DBS', 'ABE', 'EH', 'TAF', 'CAF',
  'UK', 'UN', 'UNCRC',
  // Health
  'GP', 'GPs', 'NHS', 'A&E', 'AE', 'CAMHS', 'ADHD', 'ASD', 'ASC', 'OCD', 'PTSD', 'HV', 'SN', 'OT', 'SALT', 'MH', 'MHA', 'AMHP',
  'CPN', 'CMHT', 'BSL', 'HIV', 'STI', 'CT', 'MRI', 'ICU',
  // Police, housing, benefits, places and times
  'PC', 'DC', 'DS', 'PCSO', 'CID', 'CPS', 'MP', 'DWP', 'PIP', 'DLA', 'UC', 'ESA', 'HMO', 'DOB', 'NI', 'ID', 'PE', 'TV', 'DVD',
  'PM', 'BST', 'GMT', 'ASAP', 'OK', 'USA', 'EU', 'NFA', 'RTA', 'CCTV', 'SMS', 'PIN',
];

/**
 * Acronyms that are also English words, so that "IT IS NOT SAFE" or "I AM NOT GOING" is still read as
 * shouting; the no-acronyms rule's CAPITALISED_WORDS ("NOT", "MUST", "URGENT") are added to these.
 */
export const ENGLISH_IN_CAPITALS: readonly string[] = ['IT', 'AM', 'ACE', 'PIN', 'SIM', 'RE', 'DO', 'US', 'IS', 'AS'];
