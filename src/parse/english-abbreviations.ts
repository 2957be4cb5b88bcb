/**
 * Abbreviations after which parse-english does not end a sentence at a full stop. They are the
 * parser's lists (parse-english 7, MIT, Titus Wormer), written out as words so that the flat
 * tokenizer splits sentences exactly where retext-english does.
 */

/** Compared in lower case: units of measure, months and days. */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'apr', 'aug', 'bbl', 'bbls', 'cu', 'dec', 'doz', 'feb', 'fl', 'fri', 'ft', 'gal', 'gr', 'gro', 'hr', 'in',
  'inc', 'jan', 'jul', 'jun', 'kt', 'lb', 'lbs', 'ltd', 'mar', 'mi', 'min', 'mon', 'nov', 'oct', 'oz', 'pt',
  'qt', 'sat', 'sec', 'sep', 'sept', 'sq', 'sun', 'tbsp', 'thu', 'thurs', 'tsp', 'tue', 'tues', 'wed', 'yd',
  'yds',
]);

/** Compared as written: titles, ranks, street words and place names. */
export const ENGLISH_ABBREVIATIONS_AS_WRITTEN: ReadonlySet<string> = new Set([
  'Ala', 'Alta', 'Amb', 'Amd', 'Ariz', 'Ark', 'Atty', 'Ave', 'Beds', 'Berks', 'Bldg', 'Bldgs', 'Blvd', 'Br',
  'Brig', 'Bucks', 'Cal', 'Calif', 'Cambs', 'Capt', 'Cdr', 'Ches', 'Co', 'Col', 'Colo', 'Conn', 'Corn',
  'Cumb', 'Dak', 'Del', 'Derbs', 'Derbys', 'Dev', 'Dor', 'Dr', 'Dur', 'Fla', 'Fr', 'Ft', 'Fwy', 'Ga', 'Gen',
  'Glos', 'Gov', 'Hants', 'Here', 'Heref', 'Herts', 'Hon', 'Hunts', 'Hwy', 'Ia', 'Id', 'Ida', 'Ill', 'Ind',
  'Jr', 'Kan', 'Kans', 'Ken', 'Ky', 'La', 'Lancs', 'Leics', 'Lincs', 'Lt', 'M', 'Maj', 'Man', 'Mass', 'Md',
  'Mddx', 'Me', 'Messrs', 'Mex', 'Mgr', 'Mich', 'Middx', 'Minn', 'Miss', 'Mlle', 'Mme', 'Mmes', 'Mo', 'Mont',
  'Mr', 'Mrs', 'Ms', 'Mses', 'Msgr', 'Mss', 'Mt', 'Mx', 'Nat', 'Natl', 'Neb', 'Nebr', 'Nev', 'Norf',
  'Northants', 'Northd', 'Northumb', 'Notts', 'Ok', 'Okla', 'Ont', 'Ore', 'Oxon', 'Pa', 'Pen', 'Penn',
  'Penna', 'Ph', 'Pk', 'Pkwy', 'Po', 'Pres', 'Prof', 'Pt', 'Que', 'Qu\u00E9', 'Rd', 'Rep', 'Rev', 'Rt', 'Rte',
  'Rut', 'Salop', 'Sask', 'Sec', 'Sen', 'Sgt', 'Shrops', 'Snr', 'Som', 'Sq', 'Sr', 'Ssx', 'St', 'Staf',
  'Staffs', 'Suff', 'Supt', 'Sx', 'Sy', 'Tenn', 'Terr', 'Tex', 'Treas', 'Ut', 'Va', 'Vt', 'War', 'Warks',
  'Warw', 'Wash', 'Westm', 'Wilts', 'Wis', 'Wisc', 'Wo', 'Worcs', 'Wyo', 'Yorks', 'Yuk',
]);

/**
 * parse-latin's own list, compared in lower case: a number of up to three digits, one letter, or a
 * Latin abbreviation.
 */
export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'al', 'ca', 'cap', 'cca', 'cent', 'cf', 'cit', 'con', 'cp', 'cwt', 'ead', 'etc', 'ff', 'fl', 'ibid', 'id',
  'nem', 'op', 'pro', 'seq', 'sic', 'stat', 'tem', 'viz',
]);
