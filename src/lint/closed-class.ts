// Closed-class answers: words from small, well-known sets (weekdays, months, number words, common
// feelings, yes/no…) that a guesser can list without knowing anything about the story.

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'once', 'twice', 'half', 'double',
  'first', 'second', 'third', 'fourth', 'fifth', 'last', 'next',
];
const FEELINGS = [
  'happy', 'sad', 'angry', 'mad', 'glad', 'upset', 'relieved', 'nervous', 'anxious', 'excited', 'scared',
  'afraid', 'terrified', 'frightened', 'proud', 'gutted', 'worried', 'stressed', 'overwhelmed', 'frustrated',
  'annoyed', 'irritated', 'furious', 'numb', 'awful', 'terrible', 'horrible', 'guilty', 'ashamed',
  'embarrassed', 'lonely', 'hopeful', 'grateful', 'thankful', 'calm', 'confused', 'exhausted', 'tired',
  'heartbroken', 'devastated', 'crushed', 'thrilled', 'elated', 'ecstatic', 'jealous', 'hurt', 'shocked',
  'surprised', 'disappointed', 'sick', 'fine', 'okay', 'ok', 'good', 'bad', 'great', 'amazing', 'fed up',
  'cried', 'crying', 'shaking', 'panicked', 'panicking', 'lost', 'betrayed', 'bitter', 'resentful',
  'content', 'peaceful', 'joyful', 'joy', 'grief', 'sadness', 'anger', 'fear', 'relief', 'pride',
  'excitement', 'stress', 'anxiety', 'worry', 'nerves', 'dread', 'shock', 'love', 'loved', 'free', 'lighter',
];
const OTHER = [
  'yes', 'no', 'maybe', 'boy', 'girl', 'left', 'right', 'up', 'down', 'morning', 'afternoon', 'evening',
  'night', 'today', 'tomorrow', 'yesterday', 'weekend', 'week', 'month', 'year', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'red', 'blue', 'green', 'yellow', 'black', 'white', 'pink', 'purple',
  'orange', 'brown', 'grey', 'gray', 'mum', 'mom', 'dad', 'sister', 'brother', 'husband', 'wife',
  'partner', 'friend', 'boss', 'manager', 'doctor', 'nurse', 'home', 'work', 'school', 'car', 'bus',
  'train', 'walk', 'dog', 'cat', 'early', 'late', 'on time', 'cancelled', 'postponed', 'passed', 'failed',
];

const CLOSED_CLASS = new Set([...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`), ...MONTHS, ...NUMBER_WORDS, ...FEELINGS, ...OTHER]);

/** A word from a small well-known set, or a value of three characters or fewer ("10", "$45", "Sam"). */
export function isClosedClassOrShort(keyword: string): boolean {
  const folded = keyword.trim().toLowerCase().replace(/\s+/g, ' ');
  return CLOSED_CLASS.has(folded) || folded.length <= 3;
}
