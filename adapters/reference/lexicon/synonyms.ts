// Groups of words people use interchangeably when they tell and later ask about a fact. A question
// word in a group also matches a stored word of the same group, at a reduced weight. Written from
// general English usage.
const GROUPS: readonly string[] = [
  'doctor dr physician gp surgeon specialist consultant dermatologist dentist vet veterinarian nurse',
  'hospital clinic centre center surgery practice infirmary',
  'job work role position career employer company firm office gig post',
  'cost price pay paid fee fees charge rate costs spend spent salary wage budget afford dollar pound euro',
  'house home flat apartment place condo',
  'move moving moved relocate relocating relocation movers mover removals removal',
  'wedding marry married marriage ceremony',
  'mum mom mother mam',
  'dad father pop',
  'partner husband wife boyfriend girlfriend fiance fiancee spouse',
  'kid child son daughter children kids',
  'sister brother sibling',
  'friend mate buddy pal',
  'boss manager supervisor lead',
  'teacher tutor instructor coach trainer',
  'school college university uni academy class course',
  'exam test quiz assessment',
  'appointment appt booking visit consultation checkup check-up',
  'medicine medication meds pill pills tablet tablets dose drug prescription drops',
  'food diet eat eating meal kibble',
  'car vehicle truck van',
  'trip travel holiday vacation journey flight',
  'dog puppy pup cat kitten pet',
  'feel felt feeling emotion mood',
  'live lives living stay staying',
  'name called named',
  'score scored result results grade mark',
  'gift present',
  'venue location place',
  'date day',
  'city town',
  'sick ill illness condition diagnosis diagnosed',
  'injury injured hurt sprain sprained broke broken fracture',
  'start starts started begin begins beginning',
  'play playing perform performing piece song',
  'study studying learn learning lesson lessons',
  'run running race marathon',
];

const groupOf = new Map<string, string>();
GROUPS.forEach((group, i) => {
  for (const word of group.split(' ')) if (!groupOf.has(word)) groupOf.set(word, `~${i}`);
});

/** The synonym group token of a lower-cased word or stem, if it belongs to one. */
export function synonymGroup(word: string): string | undefined {
  return groupOf.get(word);
}
