// The collision knob: how much of each vocabulary table a corpus draws from. `low` uses every
// table in full (first × last names give tens of thousands of people), `high` a handful of
// entries, so many stories share first names, employers and cities with different facts.
import type { CollisionLevel } from './options.js';
import type { Rng } from './rng.js';
import { CITIES } from './vocabulary/places.js';
import { ORG_PREFIXES, ORG_SUFFIXES, type OrgKind } from './vocabulary/organisations.js';
import { FIRST_NAMES, LAST_NAMES, type FirstName, type PronounKey } from './vocabulary/people.js';

interface PoolSizes {
  firstNames: number;
  lastNames: number;
  cities: number;
  orgPrefixes: number;
  orgSuffixes: number;
}

const SIZES: Record<CollisionLevel, PoolSizes> = {
  low: { firstNames: Infinity, lastNames: Infinity, cities: Infinity, orgPrefixes: Infinity, orgSuffixes: Infinity },
  medium: { firstNames: 30, lastNames: 25, cities: 20, orgPrefixes: 12, orgSuffixes: 4 },
  high: { firstNames: 6, lastNames: 5, cities: 4, orgPrefixes: 2, orgSuffixes: 2 },
};

export interface Pronoun {
  subject: string;
  object: string;
  possessive: string;
  /** "she's" / "they're" */
  contracted: string;
  /** "was" / "were", agreeing with the subject. */
  was: string;
}

const PRONOUNS: Record<PronounKey, Pronoun> = {
  she: { subject: 'she', object: 'her', possessive: 'her', contracted: "she's", was: 'was' },
  he: { subject: 'he', object: 'him', possessive: 'his', contracted: "he's", was: 'was' },
  they: { subject: 'they', object: 'them', possessive: 'their', contracted: "they're", was: 'were' },
};

export interface Person {
  first: string;
  last: string;
  full: string;
  pronoun: Pronoun;
  pronounKey: PronounKey;
}

export class Pools {
  private readonly firstNames: readonly FirstName[];
  private readonly lastNames: readonly string[];
  private readonly cities: readonly string[];
  private readonly orgPrefixes: readonly string[];
  private readonly orgSuffixes: number;

  constructor(readonly level: CollisionLevel) {
    const size = SIZES[level];
    this.firstNames = FIRST_NAMES.slice(0, size.firstNames);
    this.lastNames = LAST_NAMES.slice(0, size.lastNames);
    this.cities = CITIES.slice(0, size.cities);
    this.orgPrefixes = ORG_PREFIXES.slice(0, size.orgPrefixes);
    this.orgSuffixes = size.orgSuffixes;
  }

  /** People with pairwise different first and last names, so a first name alone is unambiguous. */
  people(rng: Rng, count: number): Person[] {
    const firsts = rng.shuffle(this.firstNames).slice(0, count);
    const lasts = rng.shuffle(this.lastNames).slice(0, count);
    return firsts.map((f, i) => ({
      first: f.name,
      last: lasts[i],
      full: `${f.name} ${lasts[i]}`,
      pronoun: PRONOUNS[f.pronoun],
      pronounKey: f.pronoun,
    }));
  }

  /** `count` different cities. */
  distinctCities(rng: Rng, count: number): string[] {
    return rng.shuffle(this.cities).slice(0, count);
  }

  organisation(rng: Rng, kind: OrgKind): string {
    const suffixes = ORG_SUFFIXES[kind].slice(0, this.orgSuffixes);
    return `${rng.pick(this.orgPrefixes)} ${rng.pick(suffixes)}`;
  }
}
