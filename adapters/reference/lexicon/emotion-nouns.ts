// The noun a feeling word names ("nervous" → nervousness), so a label says the emotion in both forms.
export const EMOTION_NOUN: Readonly<Record<string, string>> = {
  nervous: 'nervousness', anxious: 'anxiety', worried: 'worry', worrying: 'worry', scared: 'fear', afraid: 'fear',
  terrified: 'fear', petrified: 'fear', panicking: 'panic', dreading: 'dread', apprehensive: 'apprehension',
  stressed: 'stress', stressful: 'stress', overwhelmed: 'overwhelm', exhausted: 'exhaustion', drained: 'exhaustion',
  sad: 'sadness', upset: 'sadness', heartbroken: 'heartbreak', devastated: 'devastation', depressed: 'depression',
  miserable: 'misery', gutted: 'disappointment', unhappy: 'sadness', hurt: 'hurt', lonely: 'loneliness',
  angry: 'anger', furious: 'fury', mad: 'anger', annoyed: 'annoyance', irritated: 'irritation', outraged: 'outrage',
  frustrated: 'frustration', frustrating: 'frustration', disappointed: 'disappointment', disappointing: 'disappointment',
  guilty: 'guilt', ashamed: 'shame', embarrassed: 'embarrassment', confused: 'confusion', unsure: 'uncertainty',
  happy: 'happiness', joyful: 'joy', delighted: 'delight', thrilled: 'excitement', overjoyed: 'joy', ecstatic: 'ecstasy',
  elated: 'elation', glad: 'happiness', excited: 'excitement', exciting: 'excitement', pumped: 'excitement',
  proud: 'pride', accomplished: 'accomplishment', relieved: 'relief', grateful: 'gratitude', thankful: 'gratitude',
  content: 'contentment', contented: 'contentment', peaceful: 'peace', calm: 'calm', touched: 'moved', comforted: 'comfort',
  hopeful: 'hope', optimistic: 'optimism', confident: 'confidence', determined: 'determination', motivated: 'motivation',
  surprised: 'surprise', shocked: 'shock', stunned: 'shock', focused: 'focus', curious: 'curiosity', tense: 'tension',
};
