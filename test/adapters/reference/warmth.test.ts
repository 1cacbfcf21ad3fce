import { describe, expect, it } from 'vitest';
import { detectEmotion } from '../../../adapters/reference/emotion.js';

const warmth = (text: string) => detectEmotion(text).warmthDirection;

describe('warmth from valence and arousal', () => {
  it('rises for any disclosed feeling, distress or good (the ATANT convention)', () => {
    expect(warmth('my grandad passed away last night and I feel so sad')).toBe('increase');
    expect(warmth("I'm so stressed about the move, everything is due at once")).toBe('increase');
    expect(warmth('I got the promotion and I am so happy right now')).toBe('increase');
    expect(warmth("we're so excited, the puppy comes home on Saturday")).toBe('increase');
    // Settled good feelings are shared too, not left level.
    expect(warmth('the biopsy came back benign, I am so relieved')).toBe('increase');
    expect(warmth("I'm really grateful my sister drove me to the clinic")).toBe('increase');
    expect(warmth('feeling pretty hopeful about the second round')).toBe('increase');
    expect(warmth('a quiet evening in, just content with a book')).toBe('increase');
  });

  it('stays level when no feeling is disclosed, or only a state of attention', () => {
    expect(warmth('the dentist appointment is at 3pm on Tuesday')).toBe('neutral');
    expect(warmth('busy week, the invoices are due Friday')).toBe('neutral');
  });

  it('meets anger at the companion evenly, anger at someone else with warmth', () => {
    expect(warmth("I'm annoyed, you got the date of my appointment wrong again")).toBe('neutral');
    expect(warmth("I'm furious, my landlord kept the whole deposit")).toBe('increase');
    // "you know" is filler, not the companion.
    expect(warmth("I'm so angry, you know, the garage lost my keys")).toBe('increase');
  });

  it('lowers warmth when the user asks for less of it', () => {
    expect(warmth("I'm stressed, just give me the facts about the mortgage")).toBe('decrease');
    expect(warmth('skip the pep talk, what time is the exam?')).toBe('decrease');
  });

  it('reports one category noun as the label, with at most one word of the user beside it', () => {
    for (const text of ['so nervous and so excited and a bit sad about the wedding', 'ugh, frustrated and tired and fed up']) {
      expect(detectEmotion(text).label).toMatch(/^[a-z]+(?: \([a-z-]+\))?$/);
    }
  });
});

describe('intensity read from the way it is typed', () => {
  it('reads shouting as joy at its height when no feeling is named, and as more of a named one', () => {
    expect(detectEmotion('WE GOT THE KEYS. pizza on the floor tonight')).toEqual({ label: 'joy (elated)', warmthDirection: 'increase' });
    expect(detectEmotion("I'm SO DONE with this, I'm furious").label).toBe('anger (furious)');
    // A short acronym is not shouting.
    expect(detectEmotion('the GP wants bloods on Friday').label).toBe('neutral');
  });
});
