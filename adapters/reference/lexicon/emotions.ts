// A general emotion lexicon: each family with the words people use to say they feel it, and the
// warmth a companion should adapt with (more warmth for distress and for shared joy; neutral for
// flat or task-focused states). Written from general English, not from any corpus.

export interface EmotionFamily {
  name: string;
  valence: 'positive' | 'negative' | 'neutral';
  cues: readonly string[];
}

export const EMOTION_FAMILIES: readonly EmotionFamily[] = [
  { name: 'anxiety', valence: 'negative', cues: ['nervous', 'anxious', 'anxiety', 'worried', 'worry', 'worrying', 'scared', 'afraid', 'terrified', 'panicking', 'panic', 'uneasy', 'jittery', 'on edge', 'dread', 'petrified', 'shaking', 'eek', 'gulp', 'nervy', 'dreading', 'freaking out', 'butterflies', 'apprehensive', 'fear'] },
  { name: 'stress', valence: 'negative', cues: ['stressed', 'stress', 'stressful', 'overwhelmed', 'swamped', 'under pressure', 'frazzled', 'burnt out', 'burned out', 'exhausted', 'drained', 'tense'] },
  { name: 'sadness', valence: 'negative', cues: ['sad', 'upset', 'heartbroken', 'devastated', 'depressed', 'miserable', 'gutted', 'blue', 'unhappy', 'hurt'] },
  { name: 'tears', valence: 'neutral', cues: ['crying', 'cried', 'cry', 'tears', 'teared up', 'tearful', 'sobbing', 'in tears'] },
  { name: 'grief', valence: 'negative', cues: ['grief', 'grieving', 'mourning', 'miss her', 'miss him', 'passed away', 'lost my'] },
  { name: 'loneliness', valence: 'negative', cues: ['lonely', 'alone', 'isolated', 'left out'] },
  { name: 'anger', valence: 'negative', cues: ['angry', 'furious', 'mad', 'livid', 'annoyed', 'annoying', 'irritated', 'pissed', 'fuming', 'outraged'] },
  { name: 'frustration', valence: 'negative', cues: ['frustrated', 'frustrating', 'fed up', 'ugh', 'argh', 'sick of', 'tired of', 'stuck'] },
  { name: 'disappointment', valence: 'negative', cues: ['disappointed', 'disappointing', 'let down', 'bummed', 'shame'] },
  { name: 'guilt', valence: 'negative', cues: ['guilty', 'guilt', 'ashamed', 'embarrassed', 'awful about', 'bad about', 'regret'] },
  { name: 'confusion', valence: 'negative', cues: ['confused', 'unsure', 'torn', 'conflicted', 'no idea'] },
  { name: 'joy', valence: 'positive', cues: ['happy', 'happiness', 'joy', 'joyful', 'delighted', 'thrilled', 'overjoyed', 'ecstatic', 'elated', 'over the moon', 'so glad', 'glad', 'yay', 'grinning', 'smiling', 'beaming', 'woohoo', 'amazing', 'wonderful', 'fantastic', 'love it', 'could cry'] },
  { name: 'excitement', valence: 'positive', cues: ['excited', 'exciting', 'excitement', 'pumped', 'stoked', 'buzzing', 'can\'t wait', 'cannot wait', 'hyped'] },
  { name: 'pride', valence: 'positive', cues: ['proud', 'pride', 'accomplished', 'nailed it', 'did it'] },
  { name: 'relief', valence: 'positive', cues: ['relieved', 'relief', 'phew', 'weight off', 'finally'] },
  { name: 'gratitude', valence: 'positive', cues: ['grateful', 'thankful', 'thank you', 'thanks', 'appreciate'] },
  { name: 'love', valence: 'positive', cues: ['adore', 'adores', 'in love', 'smitten', 'cherish'] },
  { name: 'contentment', valence: 'positive', cues: ['content', 'contented', 'peaceful', 'at peace', 'calm', 'cosy', 'cozy', 'settled', 'touched', 'comforted', 'un-lonely'] },
  { name: 'hope', valence: 'positive', cues: ['hopeful', 'optimistic', 'fingers crossed', 'confident', 'determined', 'motivated'] },
  { name: 'surprise', valence: 'neutral', cues: ['surprised', 'shocked', 'stunned', 'wow', 'no way', 'can\'t believe'] },
  { name: 'focus', valence: 'neutral', cues: ['focused', 'busy', 'curious', 'ready'] },
];
