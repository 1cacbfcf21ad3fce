// What a life domain contributes to a generated story: its own facts and the phrasings that carry
// them. The plot (plot.ts) is shared; a domain only says what happens and how people put it.
import type { SemanticType } from '../corpus/model.js';
import type { Person, Pools } from './pools.js';
import type { Rng } from './rng.js';
import type { OrgKind } from './vocabulary/organisations.js';

export const DOMAINS = ['Career', 'Relationships', 'Health', 'Learning', 'Daily Life', 'Life Events'] as const;
export type Domain = (typeof DOMAINS)[number];

export interface Cast {
  /** The named counterpart of the story (hiring manager, doctor, partner…); keyword: full name. */
  contact: Person;
  /** A helper introduced later and referred to by first name (the keyword). */
  friend: Person;
}

/** A fact value with its CP4 type. */
export interface TypedValue {
  value: string;
  type: SemanticType;
}

/** The domain-specific half of a story's facts. Every `value` is a keyword and must be distinct. */
export interface DomainFacts {
  event: string;
  contactRole: string;
  friendRole: string;
  /** Flavour that is never asked about (a medication, a car model, a subject). */
  context: string;
  /** The value told in the detail batch and superseded in the update batch. */
  oldValue: TypedValue;
  newValue: TypedValue;
  quantity: TypedValue;
  item: TypedValue;
  outcome: TypedValue;
}

export interface StoryValues extends Cast, DomainFacts {
  org: string;
  eventDateText: string;
  /** Relative phrase for the prep step in the coreference batch: "tomorrow", "in three days". */
  prepText: string;
  /** Relative phrase pointing back at the event from the outcome batch: "yesterday". */
  outcomeWhen: string;
  feelingBefore: string;
  feelingAfter: string;
}

export type Template = (v: StoryValues) => string;

export interface QuestionTemplates {
  org: Template[];
  contact: Template[];
  quantity: Template[];
  when: Template[];
  current: Template[];
  feeling: Template[];
  situation: Template[];
}

/**
 * Phrasings per batch role. Each template must carry its role's values verbatim:
 * intro — org, contact.full, eventDateText, feelingBefore; detail — oldValue, quantity;
 * coref — a pronoun for the contact, friend.first, item, prepText;
 * update — a negation plus oldValue and newValue; outcome — outcomeWhen, outcome, feelingAfter.
 * A mid-trajectory question asks, mid-story, for a value told in the intro (the contact's full name or the org)
 * without naming it.
 */
export interface DomainSpec {
  category: Domain;
  orgKind: OrgKind;
  drawFacts(rng: Rng, pools: Pools, cast: Cast): DomainFacts;
  storyNames: Template[];
  descriptions: Template[];
  intro: Template[];
  detail: Template[];
  coref: Template[];
  update: Template[];
  outcome: Template[];
  midQuestions: Array<{ ask: Template; answer: 'contact' | 'org' }>;
  questions: QuestionTemplates;
}
