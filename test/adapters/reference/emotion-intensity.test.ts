// Round 11 of CP10: how strongly a feeling is said (joy at full voice, a downtoned or plain
// annoyance, a body still shaking), and a few words of general English read as what they say.
// Every sentence here was written for the test.
import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';

const label = (text: string) => detectEmotion(text).label;
const warmth = (text: string) => detectEmotion(text).warmthDirection;

describe('joy at its height', () => {
  it('names a success said at full voice with no feeling word as elated', () => {
    expect(label("we're engaged!!! he asked on the pier at sunset")).toBe('joy (elated)');
    expect(label('I GOT MY LICENCE BACK. driving to the coast on Sunday')).toBe('joy (elated)');
    // An achievement told keeps its category.
    expect(label('our team won the regional final!!! coach bought everyone chips')).toBe('pride (elated)');
  });

  it('leaves one or two exclamation marks, a named feeling and a trembling body as they were', () => {
    expect(label("we're engaged! he asked on the pier at sunset")).toBe('excitement');
    expect(label("we're engaged!! he asked on the pier at sunset")).toBe('excitement');
    expect(label("WE'RE ENGAGED. I'm so happy")).toBe('joy (happy)');
    expect(label('THE BABY IS COMING. packing a bag now, my hands are shaking')).toBe('excitement');
  });

  it('does not read composure kept as sadness, only composure that gave way', () => {
    expect(label('I PASSED!!! the examiner grilled me for an hour but I held it together')).toBe('pride (elated)');
    expect(label('the vet was so kind. I held it together until I got to the car')).toMatch(/^sadness/);
  });
});

describe('annoyance said plainly', () => {
  it('meets a downtoned or shrugged-off annoyance evenly', () => {
    expect(warmth('the gym moved my class to 7am, kind of annoyed about that')).toBe('neutral');
    expect(warmth("the florist mixed up the order. I'm annoyed but the tulips look nice anyway")).toBe('neutral');
  });

  it('answers an intensified or exclaimed annoyance, and other anger, with more warmth', () => {
    expect(warmth('the gym moved my class to 7am again, so annoyed')).toBe('increase');
    expect(warmth("they moved my class to 7am AGAIN, I'm annoyed!")).toBe('increase');
    expect(warmth("the landlord kept our deposit, I'm angry")).toBe('increase');
  });
});

describe('a hedge is weighed like the word it spells out', () => {
  it('weighs "kind of" like "kinda"', () => {
    expect(label('worn out after the move, kind of anxious about tomorrow')).toMatch(/^anxiety/);
    expect(label('worn out after the move, kinda anxious about tomorrow')).toMatch(/^anxiety/);
  });
});

describe('bodily signs with nothing named', () => {
  it('reads a body still shaking after what happened as fear, a shaking body otherwise as nerves', () => {
    expect(label('a van ran the red light and missed us by inches an hour ago. I am still shaking')).toBe('fear (shaking)');
    expect(label('first shift on the ward today and my hands are shaking')).toBe('nervousness');
  });
});

describe('events read as feelings', () => {
  it('reads signing up for something ahead as anticipation', () => {
    expect(label('signed up for the spring pottery course at the community centre')).toBe('excitement');
  });

  it('reads tears the user saw at something good as being moved', () => {
    expect(label('grandpa cried when he opened the photo album we made. best birthday in years')).toBe('joy (moved)');
  });

  it('reads "not even surprised" as weary resignation', () => {
    expect(label("the boiler packed in again. I'm not even surprised")).toBe('frustration (resigned)');
  });
});
