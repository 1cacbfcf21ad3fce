// Appraisal: the emotion an event usually brings when the user tells the event without naming a
// feeling ("my flight got cancelled", "I got the job"). Each family is keyed by the emotion family
// it is read as; these cues weigh less than a named feeling, so a named one always wins. Written
// from general English, not from any corpus.
export interface Appraisal {
  family: string;
  cues: readonly string[];
}

export const APPRAISALS: readonly Appraisal[] = [
  {
    // A threat still ahead: a test, a procedure, a verdict not yet known.
    family: 'anxiety',
    cues: [
      'surgery',
      'operation',
      'biopsy',
      'scan',
      'diagnosis',
      'results',
      'exam',
      'audition',
      'interview',
      'applied',
      'waiting to hear',
      'wants to see',
      'behind on',
      'deadline',
      'what if',
    ],
  },
  {
    // Something went wrong that has to be dealt with.
    family: 'stress',
    cues: [
      'cancelled',
      'canceled',
      'delayed',
      'broke down',
      'broken',
      'crashed',
      'flooded',
      'leaking',
      'leak',
      'stolen',
      'lost',
      'missed',
      'rejected',
      'overdue',
      'emergency',
      'injured',
      'tore',
      'fractured',
      'laid off',
      'redundant',
      'rot',
      'mould',
      'mold',
    ],
  },
  {
    // Something the user worked for came through.
    family: 'pride',
    cues: [
      'submitted',
      'passed',
      'graduated',
      'promoted',
      'got the job',
      'got the offer',
      'finished',
      'completed',
      'made it',
      'won',
      'signed',
      'aced',
      'full marks',
      'top marks',
    ],
  },
  {
    // An undertaking the user has committed to and has still ahead: anticipation.
    family: 'excitement',
    cues: ['signed up', 'enrolled'],
  },
  {
    family: 'joy',
    cues: [
      'accepted',
      'got in',
      "we're in",
      'approved',
      'good news',
      'great news',
      'best day',
      'celebrate',
      'celebrating',
      'over the moon',
    ],
  },
  {
    // A death told: a funeral, a burial. Not "died", which cars and phones do as often.
    family: 'grief',
    cues: ['funeral', 'buried', 'burial', 'memorial service', 'his death', 'her death', 'their death'],
  },
  {
    // It could have been worse, or the long wait is over.
    family: 'relief',
    cues: [
      'luckily',
      'finally',
      'thankfully',
      'fortunately',
      'thank god',
      'only lost',
      'could have been worse',
      'miracle',
      'all clear',
      'benign',
      'nothing serious',
    ],
  },
];
