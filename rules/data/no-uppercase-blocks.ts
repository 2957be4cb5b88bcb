/**
 * Acronyms written in capitals that are not shouting: no-uppercase-blocks does not count them towards
 * a block of capitals ("CP and LAC review with the GP" is not a block). The no-acronyms rule's list is
 * added to these when it exists (rules/no-uppercase-blocks.ts); this small list covers the common ones
 * of UK children's services and everyday life, so that the rule stands on its own. Words that are
 * also English words in capitals ("IT", "AM", "AS") are left out: "I AM NOT" is shouting.
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
