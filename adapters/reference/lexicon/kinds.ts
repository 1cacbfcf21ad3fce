// Nouns that name a kind of thing a person tells a memory about: events, health conditions, roles,
// activities. A noun phrase headed by one of these is typed accordingly. General vocabulary.

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const EVENT_NOUNS = list(`
  appointment interview meeting wedding party birthday anniversary ceremony funeral recital concert
  exam test assessment surgery operation op procedure scan biopsy checkup check-up follow-up visit
  trip holiday vacation flight conference deadline launch presentation review audition match game
  race marathon tournament graduation reunion dinner lunch date session rehearsal performance show
  shower celebration hearing trial move relaunch promotion retirement class lesson course workshop
  playdate sleepover drive viewing inspection consultation treatment therapy physio appointment
`);

export const CONDITION_NOUNS = list(`
  allergy allergic asthma diabetes cancer melanoma tumour tumor infection flu cold covid fever
  migraine headache pain injury sprain fracture break strain tear concussion arthritis anxiety
  depression insomnia cataract glaucoma pregnancy pregnant overweight underweight blood pressure
  cholesterol eczema rash cough virus disease disorder syndrome condition diagnosis illness sick
  wrist knee back ankle hip shoulder tendonitis bronchitis pneumonia adhd autism dyslexia
  deficiency intolerance sprained fractured
  ear ears eye eyes shin shins ankles knees wrists hips shoulders elbow elbows neck jaw tooth teeth
  toe toes thumb finger chest stomach spine rib ribs lung lungs tendon ligament achilles hamstring
`);

export const ROLE_NOUNS = list(`
  manager engineer developer designer nurse doctor teacher tutor coach supervisor director lead
  officer assistant analyst consultant accountant lawyer solicitor chef cook driver pilot intern
  editor writer author artist musician pianist accompanist cellist violinist singer therapist
  counsellor counselor surgeon dentist vet receptionist secretary planner organiser organizer
  caterer photographer florist officiant landlord landlady tenant roommate flatmate neighbour
  neighbor mentor principal headteacher professor lecturer student trainee apprentice foreman
  cashier clerk technician mechanic electrician plumber builder contractor agent broker
  ceo cto founder owner chair president treasurer captain volunteer carer caregiver babysitter
  nanny walker sitter groomer trainer instructor referee judge
`);

export const ACTIVITY_NOUNS = list(`
  running swimming cycling hiking climbing yoga pilates dancing singing painting drawing reading
  writing cooking baking gardening knitting sewing fishing camping skiing surfing rowing boxing
  tennis football soccer basketball golf chess piano guitar cello violin drums photography
  volunteering meditation journaling studying practice training lifting walking jogging
  karaoke bowling trivia stargazing pottery lessons exercises workout workouts drills
`);

export const OBJECT_HINTS = list(`
  suit dress shoes ring gift present book laptop phone car bike lamp card letter cake lens shield
  pills tablets drops food kibble medicine medication inhaler brace cast crutches glasses splint
  sling pack bandage plaster cushion pillow mat helmet
`);

/** Head nouns of an organisation named in common words ("the tenants union", "the biology institute"). */
export const ORGANIZATION_HEADS = list(`
  union institute faculty department company firm agency charity council committee association
  federation society foundation trust bank insurer airline
`);

/** Head nouns of a place one goes to ("the vinyl shop", "a farmers market", "the science museum"). */
export const PLACE_HEADS = list(`
  shop store market museum gallery garden gardens park planetarium aquarium zoo gym studio library
  kitchen cafe café bar pub restaurant bistro diner bakery beach lake harbour harbor pier square
  chapel church temple mosque synagogue hall arena stadium rink pool court field track desk ward
  office campus house cottage cabin barn farm vineyard winery
`);
