import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';


testRule('no-slang', {
  valid: [
    { note: note('The police acted on a tip from a neighbour about the flat.') },
    { note: note('The kitchen window was shattered when I arrived.') },
    // A small cut, in plain English.
    { note: note('Leo nicked his thumb on the tin lid.') },
    { note: note('Mr Cole legged the table himself when it broke.') },
    { note: note('The children were watching television while Ms Walker cooked dinner.') },
    // Quoted speech: the person's own words.
    { note: note('Jayden said, "I kicked off because he took my phone."') },
    { note: note("Zara said her brother was 'gonna get in trouble' at school.") },
    { note: note('Noah said \u201cthe telly is broken\u201d and laughed.') },
    // Words that are fine in formal English.
    { note: note('The fence is high and Ms Lewis listed the things she needs for the baby.') },
    { note: note("Ms Grant talked about her mental health and the support from her nurse.") },
    { note: note('The smashed window has been repaired and the landlord sorted the damp.') },
    { note: note('Ms Shaw loads the washing machine every evening.') },
    { note: note('Lily, aged 2, had a tantrum at bedtime and settled after a story.') },
    { note: note('Isla stays with her Nan, Mrs Joan Reid, on Saturdays.') },
    // Whole words: part of a hyphenated word or a longer word.
    { note: note("Kai went to training with his team-mate and a classmate.") },
    { note: note('Ms Hart described the kidney infection she had last month.') },
    // Config.
    { name: 'remove an entry', note: note('The kids were at school.'), config: { rules: { 'no-slang': ['warning', { remove: ['kids'] }] } } },
    { name: 'rule off', note: note('The kids were at school.'), config: { rules: { 'no-slang': 'off' } } },
  ],
  invalid: [
    { note: note('Ms Reid said she is skint until Friday.'), excerpts: ['skint'] },
    { note: note('Kai has been nicked for shoplifting twice.'), excerpts: ['nicked'] },
    { note: note('His phone got nicked on the bus.'), excerpts: ['nicked'] },
    { note: note('Tyler was mouthy to the teacher.'), excerpts: ['mouthy'] },
    { note: note('House a tip - washing on every chair.'), excerpts: ['a tip'] },
    { note: note('Her bedroom was an absolute tip again.'), excerpts: ['an absolute tip'] },
    { note: note('The boys legged it when the police arrived.'), excerpts: ['legged it'], replacement: 'ran away' },
    { note: note('Ms Cole said she was shattered after the night shift.'), excerpts: ['shattered'] },
    { note: note('When I arrived the kids were watching telly.'), excerpts: ['kids', 'telly'] },
    { note: note('The kids were at school.'), excerpts: ['kids'], replacement: 'children', message: /^This word is slang or over-familiar.*write "children" instead/ },
    { note: note('Jayden kicked off when told to turn off the console.'), excerpts: ['kicked off'], message: /describe what the person did and said/ },
    { note: note('Jayden was kicking off in the hallway.'), excerpts: ['kicking off'] },
    { note: note('She said she was gonna ring the school.'), excerpts: ['gonna'], replacement: 'going to' },
    { note: note("Ms Lewis said her hubby works nights."), excerpts: ['hubby'], replacement: 'husband' },
    { note: note('Leo went to the park with a mate from school.'), excerpts: ['mate'], replacement: 'friend' },
    { note: note("Leo was at his mate's house."), excerpts: ["mate's"] },
    { note: note('Noah said the dog ate his book lol.'), excerpts: ['lol'] },
    { note: note('Maya has been skiving on Fridays.'), excerpts: ['skiving'] },
    { note: note('Maya bunked off on Friday afternoon.'), excerpts: ['bunked off'] },
    { note: note('There were empty booze bottles by the sink.'), excerpts: ['booze'], replacement: 'alcohol' },
    { note: note('Mr Doyle went mental when the police arrived.'), excerpts: ['went mental'] },
    { note: note('She missed it cos the bus was late.'), excerpts: ['cos'], replacement: 'because' },
    { note: note('Mr Fisher has been smoking weed in the garden.'), excerpts: ['smoking weed'], replacement: 'smoking cannabis' },
    { note: note('A bloke called Steve was at the flat.'), excerpts: ['bloke'], replacement: 'man' },
    { note: note('She was knackered and gutted about the job.'), excerpts: ['knackered', 'gutted'] },
    { note: note('Ms Cole was freaking out about the letter.'), excerpts: ['freaking out'] },
    { note: note('Case-insensitive: KIDS were outside.'), excerpts: ['KIDS'] },
    // Only the words outside the quotation marks.
    { note: note('Ruby said "the kids are mean" and later the kids played outside.'), excerpts: ['kids'] },
    // Config.
    { name: 'checkQuotes flags quoted speech too', note: note('Ruby said "the kids are mean".'), excerpts: ['kids'], config: { rules: { 'no-slang': ['warning', { checkQuotes: true }] } } },
    { name: 'add an entry', note: note('Mum was proper upset.'), excerpts: ['proper upset'], config: { rules: { 'no-slang': ['warning', { add: [{ match: 'proper upset', replacement: 'very upset' }] }] } }, replacement: 'very upset' },
  ],
});
