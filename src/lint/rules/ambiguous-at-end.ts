// At the end of a cumulative run with scope none, a final question that another story asks in the
// same words cannot be told apart: no memory layer can know whose story it is about. Reports leave
// such questions out of end-of-run retention; the linter names them (a note, not a defect).
import type { Corpus } from '../../corpus/model.js';
import { questionWording, sharedWordings } from '../../text/wording.js';
import type { LintRule } from '../rule.js';

const sharedByCorpus = new WeakMap<Corpus, Set<string>>();

function shared(corpus: Corpus): Set<string> {
  let found = sharedByCorpus.get(corpus);
  if (!found) {
    found = sharedWordings(corpus.stories.flatMap((s) => s.questions.map((q) => ({ storyId: s.id, text: q.text }))));
    sharedByCorpus.set(corpus, found);
  }
  return found;
}

export const ambiguousAtEndRule: LintRule = {
  name: 'ambiguous-at-end',
  description: 'a final question another story asks in the same words (ambiguous at the end of a cumulative run, scope none)',
  check(story, ctx) {
    const wordings = shared(ctx.corpus);
    for (const q of story.questions) {
      if (wordings.has(questionWording(q.text))) {
        ctx.report(
          'info',
          q.source,
          'question',
          `question ${q.id} "${q.text}" is asked in the same words by another story: ambiguous at the end of a cumulative run with scope none (left out of retention)`,
        );
      }
    }
  },
};
