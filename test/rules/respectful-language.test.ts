import { testRule } from '../helpers/rule-tester.js';
import { note } from '../helpers/notes.js';


testRule('respectful-language', {
  valid: [
    { note: note('Ms Turner has depression and takes medication.') },
    { note: note('Grandmother is a wheelchair user and uses a ramp.') },
    // Quoted speech: the person's own words.
    { note: note('Mr Webb said, "I\'m not some junkie," and showed me his appointment card.') },
    // Legal and safeguarding language.
    { note: note('There is reasonable cause to suspect Ava is suffering significant harm.') },
    { note: note('Her teacher believes Ava has been suffering from neglect.') },
    // An adjective before a noun is not a label.
    { note: note('Mrs Hill parked in the disabled bay next to the disabled toilet.') },
    { note: note('Kai had an epileptic seizure at school.') },
    { note: note('Kai saw a diabetic nurse at the hospital.') },
    { note: note('Mr Fisher attends Alcoholics Anonymous on Tuesdays.') },
    { note: note('The elderly neighbour, Mrs Green, helps with the school run.') },
    // Ordinary words left out of the list.
    { note: note('The consent form was invalid because it was not signed.') },
    { note: note('The blind in the bedroom was broken.') },
    { note: note('The family are Romany Gypsies and live on the council site.') },
    { note: note('Amir is an unaccompanied asylum-seeking child.') },
    { note: note('Ella used her coloured pencils to draw her family.') },
    // Config.
    { name: 'remove an entry', note: note('Leo comes from a broken home.'), config: { rules: { 'respectful-language': ['warning', { remove: ['broken home'] }] } } },
  ],
  invalid: [
    { note: note('Kai\'s father is a heroin addict.'), excerpts: ['heroin addict'], message: /^This phrase labels or stigmatises the person: write "person who uses drugs/ },
    { note: note('Mr Webb is known as the addict of the street.'), excerpts: ['the addict'] },
    { note: note('Leo comes from a broken home.'), excerpts: ['broken home'] },
    { note: note('Ms Turner suffers from depression.'), excerpts: ['suffers from'], replacement: 'has' },
    { note: note('Ms Turner suffers with anxiety.'), excerpts: ['suffers with'] },
    { note: note('Mrs Hill is wheelchair-bound.'), excerpts: ['wheelchair-bound'], replacement: 'uses a wheelchair' },
    { note: note('Mrs Hill is wheelchair bound.'), excerpts: ['wheelchair bound'] },
    { note: note('Mrs Hill is confined to a wheelchair.'), excerpts: ['confined to a wheelchair'] },
    { note: note('The housing officer called them a problem family.'), excerpts: ['problem family'] },
    { note: note('Tyler is illegitimate.'), excerpts: ['illegitimate'] },
    { note: note('Kai is an epileptic.'), excerpts: ['an epileptic'] },
    { note: note('Kai is an epileptic and takes medication.'), excerpts: ['an epileptic'] },
    { note: note('The flat has a lift for the disabled.'), excerpts: ['the disabled'] },
    { note: note('Her brother committed suicide in 2019.'), excerpts: ['committed suicide'], replacement: 'died by suicide / took their own life' },
    { note: note('Amira is putting herself at risk by going to parties.'), excerpts: ['putting herself at risk'], message: /victim/ },
    { note: note('The records describe Ruby as half-caste.'), excerpts: ['half-caste'] },
    { note: note('Noah has special needs.'), excerpts: ['special needs'] },
    { note: note('His father had a clean test on Monday.'), excerpts: ['clean test'], replacement: 'negative test result' },
    { note: note('Her baby father has not been in touch.'), excerpts: ['baby father'] },
    { note: note('Mr Fisher is an alcoholic.'), excerpts: ['an alcoholic'] },
    { note: note('Neighbours called him a nutter.'), excerpts: ['nutter'] },
    { note: note('She has been described as a child prostitute.'), excerpts: ['child prostitute'] },
    { note: note('She was a coloured woman in her fifties.'), excerpts: ['coloured woman'] },
    { note: note('Father has had epileptic fits since childhood.'), excerpts: ['epileptic fits'], replacement: 'seizure' },
    // Config.
    { name: 'checkQuotes flags quoted speech too', note: note('He said "I am not a junkie".'), excerpts: ['junkie'], config: { rules: { 'respectful-language': ['warning', { checkQuotes: true }] } } },
    { name: 'add an entry', note: note('The family are known as the estate troublemakers.'), excerpts: ['troublemakers'], config: { rules: { 'respectful-language': ['warning', { add: ['troublemakers'] }] } } },
  ],
});
