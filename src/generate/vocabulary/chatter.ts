// The conversational glue around facts: openers, side comments, small talk, feelings, and the
// general-knowledge questions used as traps. None of these may contain a weekday, a month or a
// digit, so they can never collide with a story's dates or amounts.

export interface Filler {
  text: string;
  /** The text carries a deliberate misspelling (never inside a keyword: fillers hold no values). */
  typo?: boolean;
}

export const OPENERS: readonly Filler[] = [
  { text: '' },
  { text: '' },
  { text: '' },
  { text: 'ok so ' },
  { text: 'okay so ' },
  { text: 'ok soo ', typo: true },
  { text: 'so ' },
  { text: 'hey, ' },
  { text: 'um ' },
  { text: 'alright, ' },
  { text: 'anyway, ' },
  { text: 'anyways ' },
  { text: 'hi again. ' },
  { text: 'quick update: ' },
  { text: 'oh and ' },
  { text: 'soo ', typo: true },
  { text: 'ugh ' },
];

/** Side comments appended after the facts; a digression, sometimes misspelled. */
export const SIDE_COMMENTS: readonly Filler[] = [
  { text: 'sorry for the essay lol' },
  { text: 'my neighbour will not stop drilling btw' },
  { text: 'i definately need more coffee', typo: true },
  { text: 'it has been a realy long week', typo: true },
  { text: 'the cat keeps sitting on my keyboard, ignore any weird letters' },
  { text: 'also it will not stop raining here' },
  { text: 'i should probably eat something other than toast' },
  { text: 'my phone is about to die so i will be quick' },
  { text: 'tbh i keep forgetting to water my plants' },
  { text: 'im typing this on the bus so excuse the typos', typo: true },
  { text: 'not that it matters but the wifi here is awful' },
  { text: 'anyway enough about that' },
  { text: 'also i finally fixed the squeaky door, small wins' },
  { text: 'i think i need a nap honestly' },
];

/** Small talk with nothing to keep (input_class: noise). */
export const SMALL_TALK: readonly string[] = [
  'lol my cat just knocked a mug off the desk, classic',
  'ugh the coffee machine at home broke, worst start ever',
  'random but i finally finished that mystery novel and the ending was so dumb',
  'it is so windy out, my umbrella flipped inside out',
  'just got back from a walk, the park was packed',
  'nothing much to report, just tired. the neighbours had a party again',
  'made pancakes and burned literally every single one',
  'the bus was late again so i walked, honestly kind of nice',
  'watching a documentary about octopuses, they are so smart it is unsettling',
  'my sister sent me a meme about ducks and i cannot stop laughing',
  'had the weirdest dream about a giant sandwich',
  'cleaned the whole kitchen, feeling weirdly accomplished',
  'the printer at home is jammed again, i give up on printers',
  'finally tried that new bakery around the corner, the croissants are unreal',
];

/** Sign-offs with nothing to keep (input_class: noise). */
export const CLOSINGS: readonly string[] = [
  'anyway thanks for listening to all of this, talk later',
  'ok that is everything for now, going to bed',
  'thanks for keeping track of all this, my brain is mush',
  'alright signing off, need to go grocery shopping',
  'phew. ok, enough for now',
  'thank you for always listening to me ramble',
];

/** Plain world-knowledge questions (none answered by a city in the city table, so a correct
 * answer can never look like a leaked personal value): a memory layer must answer these without personal facts. */
export const GENERAL_KNOWLEDGE: readonly string[] = [
  "what's the capital of Australia again?",
  'how many ounces are in a cup?',
  'whats the boiling point of water in fahrenheit',
  'how many continents are there?',
  'who wrote Pride and Prejudice?',
  "what's the chemical symbol for gold?",
  'how far away is the moon, roughly?',
  "what's the tallest mountain in the world?",
  'how many centimeters are in an inch?',
  'what language do people speak in Brazil?',
  'how many players are on a soccer team?',
  "what's the largest ocean on earth?",
  'what year did the Berlin Wall fall?',
  'how many sides does a hexagon have?',
  "what's the freezing point of water in celsius?",
  "what's the square root of a hundred and forty four?",
  'how many days are in a leap year?',
  "what's the capital of Iceland?",
  'who painted the Mona Lisa?',
  "what's the longest river in Africa?",
  'what does DNA stand for?',
  'how many teaspoons are in a tablespoon?',
  "what's the currency of Japan?",
  'how many bones are in the adult human body?',
  'which planet is closest to the sun?',
  'what gas do plants absorb from the air?',
  'how many minutes are in a day?',
  'is a tomato a fruit or a vegetable?',
  'how many legs does a spider have?',
  "what's the capital of Egypt?",
  'how tall is the Eiffel Tower?',
  "what's the smallest prime number?",
  'who discovered penicillin?',
  'how many strings does a violin have?',
  "what's the hardest natural material?",
  'what is the speed of sound in air?',
  'how many grams are in a pound?',
  "what's the capital of Mongolia?",
  'which element has the symbol Fe?',
  'how many keys does a piano have?',
  "what's the main ingredient in guacamole?",
  'how many time zones does Russia have?',
];

export interface Feeling {
  word: string;
  /** CP10 label, in the `emotion/near-synonym` style the ATANT example uses. */
  label: string;
  warmth: 'increase' | 'decrease' | 'neutral';
}

/** Felt before the story's event. */
export const FEELINGS_BEFORE: readonly Feeling[] = [
  { word: 'nervous', label: 'nervous/anxious', warmth: 'increase' },
  { word: 'anxious', label: 'anxious/worried', warmth: 'increase' },
  { word: 'stressed', label: 'stressed/overwhelmed', warmth: 'increase' },
  { word: 'terrified', label: 'fear/anxiety', warmth: 'increase' },
  { word: 'overwhelmed', label: 'overwhelmed/stressed', warmth: 'increase' },
  { word: 'jittery', label: 'nervous/anxious', warmth: 'increase' },
  { word: 'scared', label: 'fear/anxiety', warmth: 'increase' },
  { word: 'uneasy', label: 'anxious/uneasy', warmth: 'increase' },
];

/**
 * Felt once the event is over. Warmth follows the ATANT convention: a companion answers any
 * feeling the user discloses, settled good ones (relief, gratitude) included, with more warmth.
 */
export const FEELINGS_AFTER: readonly Feeling[] = [
  { word: 'relieved', label: 'relief', warmth: 'increase' },
  { word: 'thrilled', label: 'joy/excitement', warmth: 'increase' },
  { word: 'proud', label: 'pride/joy', warmth: 'increase' },
  { word: 'ecstatic', label: 'joy/excitement', warmth: 'increase' },
  { word: 'grateful', label: 'gratitude', warmth: 'increase' },
  { word: 'elated', label: 'joy/excitement', warmth: 'increase' },
];
