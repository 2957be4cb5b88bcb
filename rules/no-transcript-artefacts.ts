/**
 * no-transcript-artefacts: what a speech-to-text transcript or an AI summariser leaves in a note
 * drafted from a recording.
 *
 * The standard ("Principles of recording"): the record is accurate and true and the worker owns it;
 * a note that still carries "Speaker 1:", "00:12:31", "[inaudible]" or "Suggested actions:" has not
 * been written (or checked) by the worker.
 *
 * What counts as an artefact (speaker labels, recording time codes, generator headings, transcription
 * marks, and when a labelled line is part of a dialogue) is found by rules/lib/transcript-artefacts.ts,
 * shared with consent-to-record.
 *
 * One finding per block of artefact lines (blank lines may separate them), from the first to the last.
 * In an ordinary line, a transcription mark ("[inaudible]", "(laughs)") or a recording time code
 * ("[00:12]", "00:12:31") gets a finding of its own. "I arrived at 10:30" is a time of day, and so are
 * "(14:20)" and "20:14:55"; in running text only a square-bracketed time, a bracketed zero-hour
 * "(00:12)" or a zero-hour "00:12:31" is a time code.
 */
import * as z from 'zod';
import { type Rule, STANDARD } from '../src/rule-api.js';
import { findTranscriptArtefacts, transcriptListOptionsShape, transcriptListsFor } from './lib/transcript-artefacts.js';

const options = z.object(transcriptListOptionsShape).strict();

type Options = z.infer<typeof options>;

const MARK_MESSAGE =
  'Remove the transcription mark and say in your own words what happened at that point, for example that part of what was said could not be heard and what you did to check it.';
const TIME_MESSAGE = 'Remove the recording time code; if the time matters, write the time of day in a sentence.';

export const noTranscriptArtefacts: Rule<Options> = {
  meta: {
    id: 'no-transcript-artefacts',
    name: 'No leftovers of a dictation or draft',
    description: 'Leftovers of a dictated or machine-drafted note: speaker labels, recording time codes, "[inaudible]", generated headings such as "Suggested actions:".',
    severity: 'error',
    category: 'structure',
    schema: options,
    reference: STANDARD.ownership,
  },
  check(context) {
    for (const artefact of findTranscriptArtefacts(context.note.index.lines, transcriptListsFor(context.options))) {
      const { start, end } = artefact;
      if (artefact.type === 'mark') context.report({ start, end, message: MARK_MESSAGE });
      else if (artefact.type === 'time') context.report({ start, end, message: TIME_MESSAGE });
      else {
        context.report({
          start,
          end,
          message: `Remove what is left of the recording or the machine draft (${artefact.kinds.join(', ')}) and write the note in your own words: who said what, in full sentences, with your analysis. The record is yours, so nothing of a transcript or a generated summary stays in it.`,
        });
      }
    }
  },
};

export default noTranscriptArtefacts;
