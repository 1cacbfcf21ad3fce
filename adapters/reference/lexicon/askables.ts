// The questions a sentence can answer though it shares no word with them: a sentence holding
// "€980 a month" answers "how much is the rent?", "she's up to 11 pounds" answers "how much does
// she weigh?", "I started at Kestrel on Monday" answers "where do I work?". Each rule pairs a
// pattern of the told sentence with the words such a question uses. General English, written from
// how people ask, not from any corpus.

import { weightPoundsAsLbs } from '../pound-sense.js';

export interface Askable {
  /** What the sentence says, as a pattern over its text. */
  told: RegExp;
  /** The question this sentence answers (its words are what a later question is matched on). */
  question: string;
}

const MONEY = String.raw`(?:[$£€¥]\s?\d|\d[\d,.]*\s?(?:dollars|pounds|euros|quid|bucks|k)\b)`;
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a few|several|a couple of)`;
const NAME = String.raw`\p{Lu}[\p{L}'’&.-]+`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

export const ASKABLES: readonly Askable[] = [
  { told: new RegExp(MONEY, 'u'), question: 'How much does it cost? What is the price, fee, bill, quote or amount paid?' },
  {
    told: new RegExp(
      `${MONEY}[^.]{0,20}\\b(?:a|per|each|every) (?:month|week)|\\b(?:monthly|pcm)\\b|\\b(?:flat|apartment|room|house|studio|condo|\\w+-bed(?:room)?|lease|tenancy)\\b[^.]*${MONEY}|${MONEY}[^.]*\\b(?:flat|apartment|room|house|studio|condo|lease)\\b`,
      'iu',
    ),
    question: 'How much is the rent? What is the monthly cost?',
  },
  {
    told: new RegExp(
      `\\b(?:salary|base|pay|raise|wage|income)\\b[^.]{0,40}${MONEY}|${MONEY}[^.]{0,20}\\b(?:a|per) (?:year|annum|hour)\\b`,
      'iu',
    ),
    question: 'What is my salary or pay? How much do I earn?',
  },
  {
    told: new RegExp(`\\b${NUMBER}\\s?(?:pounds?|lbs?|kg|kilos?|kilograms?|stone|ounces?|oz|grams?)\\b|\\bweigh`, 'iu'),
    question: 'How much does it weigh? What is the weight?',
  },
  {
    told: new RegExp(
      `\\b${NUMBER}[- ](?:years?|months?|weeks?)[- ]old\\b|\\b(?:aged?|turn(?:s|ed|ing)?)\\s+\\d{1,3}\\b|\\b(?:he|she|i|they|we)(?: was|'s| is|'m| am| were)\\s+\\d{1,3}\\b(?!\\s*(?:%|percent|minutes?|mins?|pounds?|kg|miles?|km|[ap]\\.?m\\b|:))`,
      'iu',
    ),
    question: 'How old? What age?',
  },
  {
    told: new RegExp(
      `\\b(?:for|after|in|over|about|nearly|almost)\\s+(?:the (?:last|past) )?${NUMBER}\\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\\b|\\b${NUMBER}[- ](?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\\b(?! old)`,
      'iu',
    ),
    question: 'How long? For how many years, months, weeks or days?',
  },
  {
    told: new RegExp(`\\b${NUMBER}\\s?(?:miles?|km|kilometres?|kilometers?|metres?|meters?|m|laps?|lengths?|k)\\b`, 'iu'),
    question: 'How far? What distance?',
  },
  {
    told: /\b(?:every|each)\s+(?:day|night|morning|evening|week|weekend|month|year|mon|tue|wed|thu|fri|sat|sun)\w*|\b(?:once|twice|three times|\d+ times)\s+(?:a|per)\s+\w+|\b(?:daily|weekly|monthly|nightly|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b/i,
    question: 'How often? On which days? What is the schedule?',
  },
  {
    // A day on the calendar ("October 18", "the 3rd of May", "18/10"), not "tomorrow": what "what date?" asks for.
    told: new RegExp(
      `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b`,
      'i',
    ),
    question: 'What date? On what date?',
  },
  {
    told: /\b\d{1,2}(?::\d{2})\s?(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s?(?:am|pm)\b|\b(?:noon|midday|midnight)\b/i,
    question: 'What time? At what time?',
  },
  {
    told: /\b(?:got|scored|score of|mark of|grade of|passed with|result (?:was|is))\s+(?:an? )?\d+|\b\d+\s?(?:%|percent|out of \d+)/i,
    question: 'What score, grade, mark or result did I get?',
  },
  {
    told: new RegExp(
      `\\b(?:work(?:s|ing|ed)?|job|started|starting|start|joined|joining|hired|employed|offer|position|role|post|contract|interview(?:ed|ing)?|shift|placement|internship|apprenticeship)\\b[^.]{0,30}\\b(?:at|for|with|from|by)\\s+(?:the\\s+)?${NAME}`,
      'u',
    ),
    question: 'Where do I work? Which company, employer or organisation is the job with?',
  },
  {
    told: new RegExp(
      `\\b(?:live|lives|living|moved|moving|move|flat|apartment|house|home|room|place|condo|studio|dorm|stay(?:ing)?)\\b[^.]{0,40}\\b(?:in|on|at|near)\\s+${NAME}`,
      'u',
    ),
    question: 'Where do I live? Which neighbourhood, neighborhood, area, part of town, street or city is the home in?',
  },
  {
    told: new RegExp(`\\b(?:called|named|name is|name's|name:|name was)\\s+(?:the\\s+)?${NAME}`, 'u'),
    question: 'What is it called? What is the name?',
  },
  {
    told: /\b(?:said|says|thinks|reckons|confirmed|diagnos\w*|turns out|it's|it is|results?)\b[^.]{0,30}\b(?:\w+(?:itis|osis|oma|emia|aemia|pathy|algia|ism)|infection|fracture|sprain|strain|tear|virus|allergy|benign|malignant|negative|positive|fine|clear)\b/i,
    question: 'What is wrong? What was the diagnosis, condition or result?',
  },
  {
    told: new RegExp(
      `\\b(?:move[ds]?|moving|came|come|originally|grew up|born|raised|leaving|left|relocat\\w+|emigrated)\\b[^.]{0,40}\\b(?:from|in)\\s+${NAME}|\\bleaving\\s+${NAME}`,
      'u',
    ),
    question: 'Where am I originally from? Where did I move from, leave or grow up?',
  },
  {
    told: /\b(?:flatmates?|roommates?|housemates?|live with|living with|moved in with|move in with|lives with)\b/i,
    question: 'Who do I live with? Who shares the home?',
  },
  {
    told: new RegExp(
      `\\b(?:physio\\w*|therapist|doctor|dr\\.?|surgeon|dentist|nurse|consultant|specialist|gp|vet|counsell?or|midwife|dietitian|optician|chiropractor|psychiatrist|psychologist)\\b[^.]{0,40}${NAME}|${NAME}[^.]{0,30}\\b(?:physio\\w*|therapist|surgeon|dentist|nurse|consultant|specialist|counsell?or|midwife|dietitian)\\b`,
      'iu',
    ),
    question: 'Who is treating me? Who is the doctor, therapist or specialist?',
  },
  // A business named by its kind ("Marlow Tavern", "Hartley Motors") answers a question about that kind.
  {
    told: new RegExp(
      `${NAME}\\s+(?:Tavern|Trattoria|Kitchen|Grill|Bistro|Brasserie|Diner|Cantina|Osteria|Pizzeria|Steakhouse|Eatery|Caf[eé]|Noodle Bar|Restaurant)\\b`,
      'u',
    ),
    question: 'Which restaurant, bar or cafe? Where did we eat or have dinner or lunch?',
  },
  {
    told: new RegExp(`${NAME}\\s+(?:Auto(?:s| Care| Repairs?| Centre| Center)?|Motors|Garage|Tyres|Tires|Body Shop|Autoworks)\\b`, 'u'),
    question: 'Which garage, mechanic or repair shop? Who fixed or repaired the car?',
  },
  {
    told: new RegExp(`${NAME}\\s+(?:Relocations?|Removals|Movers|Moving|Van Lines|Haulage)\\b`, 'u'),
    question: 'Which moving company or movers? Who is doing or handling the move?',
  },
  {
    told: new RegExp(
      `${NAME}\\s+(?:Physio(?:therapy)?|Dental(?: Care| Practice)?|Dentistry|Clinic|Medical(?: Centre| Center| Practice)?|Surgery|Chiropractic|Osteopathy|Health Centre|Health Center|Vets?|Veterinary(?: Clinic| Hospital)?|Animal Hospital)\\b`,
      'u',
    ),
    question: 'Which clinic, practice or surgery? What is the clinic called?',
  },
  {
    told: new RegExp(`${NAME}\\s+(?:Hotel|Inn|Lodge|Hostel|Guesthouse|Resort|Suites)\\b`, 'u'),
    question: 'Which hotel? Where did we stay?',
  },
  // Something taken to a named place ("took it to Fixwell on Bank Street") was taken there to be seen to.
  {
    told: new RegExp(
      `\\b(?:took|take|taking|taken|brought|bring|bringing|dropped|drop|dropping)\\s+(?:it|them|him|her|the \\w+|my \\w+|our \\w+)\\s+(?:off\\s+|in\\s+|over\\s+)?(?:to|at)\\s+(?:the\\s+)?${NAME}`,
      'u',
    ),
    question: 'Which shop, garage, clinic, vet or service did I take it to? Who fixed, repaired or looked at it?',
  },
  // "the alternator is dead", "a cracked rotor": what is wrong with a thing.
  {
    told: /\b(?:is|was|'s|’s|are|were)\s+(?:(?:completely|totally|properly|now|also|just|still)\s+)?(?:dead|broken|cracked|faulty|failing|shot|busted|leaking|blown|seized|damaged|knackered|kaput|fried)\b|\b(?:cracked|faulty|failing|leaking|leaky|blown|seized|corroded|worn|damaged|broken|dead)\s+(?!tired\b|serious\b|sure\b|honest\b)[a-z]{4,}\b/i,
    question: 'What is wrong with it? What is the problem, fault or issue? What needs fixing?',
  },
  // "my kick isn't the problem, it's my breathing", "the real issue is the hinge": what needs work.
  {
    told: /\b(?:the|my|our|his|her|their|main|real|big|biggest|only|one)\s+(?:problem|issue|weakness|weak spot|trouble)\b/i,
    question: 'What is the problem or issue? What needs fixing or work?',
  },
  // "due date is August 25", "she's due in March": when something is expected to arrive.
  {
    told: /\bdue(?:\s+date|\s+(?:on|in|by|around|at)\b)/i,
    question: 'When is it expected? When will it arrive or be born? When is it due?',
  },
  // A date with someone named is going out with them.
  {
    told: new RegExp(`\\b(?:date|dates|dating|went out|going out|go out|seeing)\\s+(?:with\\s+)?${NAME}`, 'u'),
    question: 'Who did I go out with? Who am I dating or seeing? What is the name of the person I met?',
  },
  // "pool running and bike are ok", "cleared me to swim": what the user may do.
  {
    told: /\b(?:is|are|was|were|'s|’s)\s+(?:still\s+)?(?:ok|okay|fine|allowed|permitted)\b|\b(?:cleared|allowed|permitted)\s+(?:me\s+)?(?:to|for)\b|\bcan still\b/i,
    question: 'What am I allowed or permitted to do? What can I do? What is okay?',
  },
  // "I'll be dealing with X", "ask for X": the person to contact.
  {
    told: new RegExp(`\\b(?:deal(?:ing)? with|ask for|speak to|talk to|contact is|point of contact is|liaising with)\\s+${NAME}`, 'u'),
    question: 'Who do I call, contact, speak to or deal with? Who is my contact?',
  },
  {
    told: /\b(?:aim(?:ing)? for|target(?:ing)?|goal (?:is|was)|hoping for|going for)\b/i,
    question: 'What is the goal or target?',
  },
  // "Yerlan starts May 26", "hired Maeve": someone taken on, starting or joining.
  {
    told: new RegExp(
      `${NAME}\\s+(?:starts|started|is starting|will start|joins|joined|is joining|will join)\\b|\\b(?:hired|taken on|took on)\\s+${NAME}`,
      'u',
    ),
    question: 'Who did I hire or take on? Who is starting or joining?',
  },
  // "my new manager will be X", "I report to X", "X is my boss": whom the user reports to.
  {
    told: new RegExp(
      `\\b(?:manager|boss|supervisor|team lead|team leader)\\s+(?:is|will be|would be|was|['’]s)\\s+(?:going to be\\s+)?${NAME}|\\breport(?:s|ing)?\\s+(?:directly\\s+)?to\\s+${NAME}|${NAME}\\s+(?:is|will be|['’]s)\\s+(?:my|our)\\s+(?:new\\s+)?(?:manager|boss|supervisor)\\b`,
      'u',
    ),
    question: 'Who do I report to?',
  },
  // "she says I should ask for more", "he told me to walk away": someone advising the user.
  {
    told: /\b(?:says|said|thinks|thought|reckons|reckoned|suggested|suggests|insisted|insists|told me|tells me|advised|advises)\s+(?:that\s+)?(?:I|we)\s+(?:should|shouldn't|should not|need to|needed to|have to|had to|must|ought to|could)\b|\b(?:told|advised|urged|encouraged|coached)\s+me\s+to\b/,
    question: 'Who advised, coached or guided me? Who told me what to do? Whose advice did I get?',
  },
  // "my sister Lorna is driving me", "Lorna got me a milkshake after", "Marit is stockpiling pasta for
  // me": someone named doing something for the user is helping them. Not "It took me ages".
  {
    told: new RegExp(
      `(?!(?:It|This|That|There|The|He|She|They|We|You|What|Which)\\b)${NAME}[^.,;!?]{0,30}?\\b(?:driving|drove|drives|taking|took|takes|picking|picked|collecting|collected|got|getting|bought|buying|brought|bringing|lent|lending|walked|walking|helping|helped|helps|looking after|looked after|staying with|stayed with|sitting with|sat with|coming with|came with|covering for|covered for|cooking for|cooked for)\\s+(?:me|us)\\b|(?!(?:It|This|That|There|The|He|She|They|We|You|What|Which)\\b)${NAME}[^.,;!?]{0,40}\\bfor (?:me|us)\\b`,
      'u',
    ),
    question: 'Who helped me? Who has been helping, supporting or looking after me?',
  },
  // "fractions are killing me", "I still don't get recursion", "stuck on the cover letter": what the
  // user finds hard is what they are struggling with.
  {
    told: /\b(?:is|are|was|were|['’]s|['’]re)\s+(?:killing|destroying|kicking|beating|wrecking|crushing)\s+me\b|\b(?:can['’]?t|cannot|can not|don['’]?t|do not|didn['’]?t|did not)\s+(?:really\s+|even\s+)?(?:get|understand|grasp|follow|figure out|wrap my head around|get my head around)\b|\bstruggl(?:e|es|ed|ing)\s+(?:with|to)\b|\b(?:stuck on|lost on|confused by|confused about|baffled by)\b|\b(?:so|really|super|way too|too)\s+(?:hard|difficult|confusing)\b|\bmakes? no sense\b/i,
    question: 'What am I struggling with? What is hard, difficult or confusing for me? What am I stuck on?',
  },
  // "Dana presented MY slides as hers", "he stole my idea", "she passed off my design": someone else
  // claiming the user's work. The user shouting "MY" after someone named did something is the grievance.
  {
    told: new RegExp(
      `(?!(?:It|This|That|There|The|He|She|They|We|You|What|Which|So|And|But|Then|Now|Also)\\b)${NAME}(?:(?!\\bI\\b)[^.,;!?]){0,30}?\\b\\p{Ll}+\\s+MY\\b|\\b(?:stole|steals|claimed|claims|passed off|passes off|took credit for|takes credit for|put (?:his|her|their) name on)\\s+(?:my|MY)\\b`,
      'u',
    ),
    question: 'Who took credit for my work? Who stole, claimed or passed off my work or idea as their own?',
  },
  // "the breathing thing actually works??", "it WORKS", "the splint made a huge difference": the user
  // crediting something with an effect says what helped. Not someone working ("I work at…", "she
  // worked late"): the verb ends its clause or takes a word of effect.
  {
    told: /(?<!\b(?:I|i|we|he|she|they|you|who)\s+(?:\w+\s+)?)\b(?:works|worked)\s*(?:[.!?,)]|$|\s+(?:wonders|like a charm|a treat|so well|really well|great|perfectly)\b)|\bmade (?:a|all the|such a) (?:\w+ )?difference\b|\b(?:game[- ]?changer|lifesaver|life saver)\b|\b(?:helped|helps|helping) (?:so much|a lot|loads|massively|hugely|enormously)\b/i,
    question: 'What helped? What worked or made the difference?',
  },
  // "my thesis is on kelp forests", "it's about rate limiting": what a work or talk is about (see
  // asked-topic.ts). Not an amount ("about 20 minutes"), what is about to happen, a day, or where
  // someone is ("on the way", "on leave", "on call").
  {
    told: /(?:\b(?:is|are|was|were)|['’]s)\s+(?:all\s+)?(?:about|on)\s+(?!(?:to|a|an|the|half|around|ten|twenty|thirty|me|him|her|us|them|it|you|my|his|their|our|your|its|leave|call|board|duty|hold|track|time|holiday|sale|fire|tonight|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)(?![^a-z\s])[a-z]/,
    question: 'What is it about? What is the topic?',
  },
];

/** The askable questions a sentence answers, in rule order. */
export function askablesOf(sentence: string): string[] {
  const told = weightPoundsAsLbs(sentence);
  return ASKABLES.filter((a) => a.told.test(told)).map((a) => a.question);
}
