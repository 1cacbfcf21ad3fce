// The basic-level emotions within a family (the middle of the prototype hierarchy): "anxiety" holds
// fear, worry, nervousness, panic and dread; "stress" holds overwhelm and exhaustion; "guilt" holds
// shame and embarrassment; "anger" holds annoyance; "joy" holds happiness and delight, while elation
// stays joy; "love" holds affection. A label names the kind the strongest named cue belongs to, so
// "worried" reads as worry and "terrified" as fear rather than both as anxiety; a cue outside every
// kind keeps the family's name. One noun per label, never a list. General English, not drawn from
// any corpus.

export const EMOTION_KINDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  anxiety: {
    fear: ['scared', 'afraid', 'terrified', 'petrified', 'frightened', 'fear', 'horrified'],
    worry: ['worried', 'worry', 'worrying', 'worried sick', 'concerned'],
    nervousness: ['nervous', 'nervy', 'jittery', 'nerves', 'butterflies', 'nervous wreck', 'gulp', 'eek'],
    panic: ['panic', 'panicking', 'panicked', 'panicky', 'freaking out', 'freaked out', 'freaked'],
    dread: ['dread', 'dreading'],
  },
  stress: {
    overwhelm: ['overwhelmed', 'swamped', 'drowning', 'too much', 'brain hurts'],
    exhaustion: ['exhausted', 'tired', 'worn out', 'knackered', 'shattered', 'wiped out', 'drained', 'burnt out', 'burned out'],
  },
  // Shame is about the self ("I feel like an idiot"), guilt about a deed ("I feel awful about it").
  guilt: {
    shame: ['ashamed', 'humiliated', 'feel like an idiot', 'idiot'],
    embarrassment: ['embarrassed', 'mortified', 'self-conscious', 'awkward'],
  },
  anger: {
    annoyance: ['annoyed', 'annoying', 'irritated', 'grumpy'],
  },
  joy: {
    happiness: ['happy', 'happiness', 'glad', 'so glad'],
    delight: ['delighted'],
  },
  // Love's tender kind (Shaver et al.'s "affection": adoration, fondness, tenderness), not its longing or desire.
  love: {
    affection: ['adore', 'adores', 'cherish', 'in love'],
  },
};

/** The kind of emotion a named cue says within its family, if the family has kinds and the cue one. */
export function emotionKind(family: string, cue: string): string | undefined {
  const kinds = EMOTION_KINDS[family];
  if (!kinds) return undefined;
  const said = cue.toLowerCase();
  return Object.entries(kinds).find(([, cues]) => cues.includes(said))?.[0];
}
