// The oracle's view of its corpus: every utterance and every graded question, keyed by its folded
// text, so a text the harness sends can be traced back to its ground truth. The same text may occur
// in several stories (or twice in one), so turns are resolved against a cursor: the story being
// played and the last batch ingested from it.
import { gradedQuestions, type Question, type Story, type Turn } from '../../src/corpus/model.js';
import { foldWhitespaceAndCase } from '../../src/grading/normalize-text.js';

export interface TurnEntry {
  story: Story;
  turn: Turn;
}

export interface QuestionEntry {
  story: Story;
  question: Question;
}

export interface Cursor {
  storyId: string;
  turnIndex: number;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

export class CorpusIndex {
  private readonly turns = new Map<string, TurnEntry[]>();
  private readonly questions = new Map<string, QuestionEntry[]>();

  constructor(stories: readonly Story[]) {
    for (const story of stories) {
      for (const turn of story.turns) push(this.turns, foldWhitespaceAndCase(turn.text), { story, turn });
      for (const question of gradedQuestions(story)) push(this.questions, foldWhitespaceAndCase(question.text), { story, question });
    }
  }

  /**
   * The turn this utterance is: the next one in the current story when the text occurs there after
   * the cursor; otherwise the start of another story (a story is entered at its first batch).
   */
  findTurn(text: string, cursor: Cursor | undefined): TurnEntry | undefined {
    const entries = this.turns.get(foldWhitespaceAndCase(text)) ?? [];
    const ahead = entries
      .filter((e) => cursor && e.story.id === cursor.storyId && e.turn.index > cursor.turnIndex)
      .sort((a, b) => a.turn.index - b.turn.index);
    if (ahead[0]) return ahead[0];
    return [...entries].sort((a, b) => a.turn.index - b.turn.index)[0];
  }

  /** A graded question, preferring the story being played when several stories ask the same thing. */
  findQuestion(text: string, storyId: string | undefined): QuestionEntry | undefined {
    const entries = this.questions.get(foldWhitespaceAndCase(text)) ?? [];
    return entries.find((e) => e.story.id === storyId) ?? entries[0];
  }

  /** A general-knowledge trap: asked on the read path, but a turn, not a graded question. */
  findTrap(text: string, storyId: string | undefined): TurnEntry | undefined {
    const entries = (this.turns.get(foldWhitespaceAndCase(text)) ?? []).filter((e) => e.turn.generalKnowledgeTrap);
    return entries.find((e) => e.story.id === storyId) ?? entries[0];
  }
}
