// The LOCOMO file layout (locomo10.json), validated at the edge. Extra keys are allowed and ignored.
import { z } from 'zod';

const text = z.string();

export const locomoTurn = z.looseObject({
  speaker: text.min(1),
  dia_id: text.min(1),
  text,
  blip_caption: z.string().optional(),
});

export const locomoQa = z.looseObject({
  question: text.min(1),
  answer: z.union([z.string(), z.number()]).optional(),
  adversarial_answer: z.union([z.string(), z.number()]).optional(),
  evidence: z.array(z.string()).default([]),
  category: z.number().int().min(1).max(5),
});

/** `session_<n>` holds the turns, `session_<n>_date_time` the stamp; both are checked when read. */
export const locomoConversation = z.looseObject({ speaker_a: text.min(1), speaker_b: text.min(1) });

export const locomoSample = z.looseObject({
  sample_id: text.min(1),
  conversation: locomoConversation,
  qa: z.array(locomoQa),
});

export const locomoFile = z.array(locomoSample).min(1, 'expected at least one conversation');

export type LocomoTurn = z.infer<typeof locomoTurn>;
export type LocomoQa = z.infer<typeof locomoQa>;
export type LocomoSample = z.infer<typeof locomoSample>;
