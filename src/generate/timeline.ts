// The story clock: which kind of batch comes when. Batches move forward in time; the story's
// event falls after every preparation batch, and the outcome batch looks back at it.
import { addDays } from './calendar.js';
import type { Rng } from './rng.js';

export type Slot = 'intro' | 'detail' | 'smalltalk' | 'coref' | 'trap' | 'mid-question' | 'update' | 'outcome' | 'closing';

export interface BatchClock {
  date: string;
  minuteOfDay: number;
}

export interface Timeline {
  slots: Slot[];
  clocks: BatchClock[];
  startDate: string;
  eventDate: string;
  prep: { text: string; date: string };
  outcome: { text: string; direction: 'past' | 'present' };
  lastDate: string;
}

const PREP_STEPS = [
  { days: 1, text: 'tomorrow' },
  { days: 2, text: 'the day after tomorrow' },
  { days: 3, text: 'in three days' },
  { days: 4, text: 'in four days' },
  { days: 5, text: 'in five days' },
  { days: 7, text: 'in a week' },
] as const;

const LOOK_BACKS = [
  { lag: 0, text: 'today', direction: 'present' },
  { lag: 1, text: 'yesterday', direction: 'past' },
  { lag: 2, text: 'two days ago', direction: 'past' },
] as const;

const EARLIEST = 7 * 60 + 30;
const LATEST = 22 * 60 + 30;

/** intro, detail, coref, update, outcome in that order, with small talk, the trap and an optional mid-trajectory question mixed in. */
export function planSlots(rng: Rng): Slot[] {
  const slots: Slot[] = ['intro', 'detail', 'coref', 'update', 'outcome'];
  const insert = (slot: Slot, from: number) => slots.splice(rng.int(from, slots.length), 0, slot);
  insert('smalltalk', 1);
  insert('trap', 2);
  // Not every story is the same shape: some ask a second general-knowledge question.
  if (rng.chance(0.25)) insert('trap', 2);
  if (rng.chance(0.7)) insert('mid-question', 2);
  if (rng.chance(0.4)) slots.push('closing');
  return slots;
}

/** Years 2018–2026, any day: stories spread over the calendar (leap days and year ends included). */
export function drawStartDate(rng: Rng): string {
  return addDays('2018-01-01', rng.int(0, 9 * 365));
}

export function planTimeline(rng: Rng, slots: Slot[], startDate: string): Timeline {
  let day = 0;
  let minute = fiveMinutes(rng, 8 * 60, 20 * 60);
  const days: number[] = [];
  const minutes: number[] = [];
  const advance = (gapDays: number) => {
    if (gapDays > 0) {
      day += gapDays;
      minute = fiveMinutes(rng, EARLIEST, LATEST - 60);
      return;
    }
    minute += fiveMinutes(rng, 20, 180);
    if (minute > LATEST) {
      day += 1;
      minute = fiveMinutes(rng, 8 * 60, 12 * 60);
    }
  };
  const outcomeAt = slots.indexOf('outcome');
  let prepDay = 0;
  let prep: (typeof PREP_STEPS)[number] = PREP_STEPS[0];
  let eventDay = 0;
  const lookBack = rng.pick(LOOK_BACKS);
  slots.forEach((slot, index) => {
    if (index === 0) {
      // first batch: the clock is already set
    } else if (index === outcomeAt) {
      eventDay = Math.max(day + rng.int(2, 10), prepDay + rng.int(1, 4));
      day = eventDay + lookBack.lag;
      minute = lookBack.lag === 0 ? fiveMinutes(rng, 17 * 60, 21 * 60) : fiveMinutes(rng, EARLIEST, LATEST - 60);
    } else {
      advance(slot === 'update' ? rng.int(1, 4) : rng.int(0, 2));
    }
    if (slot === 'coref') {
      prep = rng.pick(PREP_STEPS);
      prepDay = day + prep.days;
    }
    days.push(day);
    minutes.push(minute);
  });
  const date = (offset: number) => addDays(startDate, offset);
  return {
    slots,
    clocks: days.map((d, i) => ({ date: date(d), minuteOfDay: minutes[i] })),
    startDate,
    eventDate: date(eventDay),
    prep: { text: prep.text, date: date(prepDay) },
    outcome: { text: lookBack.text, direction: lookBack.direction },
    lastDate: date(days[days.length - 1]),
  };
}

function fiveMinutes(rng: Rng, from: number, to: number): number {
  return 5 * rng.int(Math.ceil(from / 5), Math.floor(to / 5));
}
