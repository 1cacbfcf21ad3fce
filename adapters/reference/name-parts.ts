// Narratives remember the people, places and organisations told in them by the parts of their names
// ("Dr. Hanneke Vos" → "dr.", "hanneke", "vos"); parts of one or two letters say too little.

/** The lower-cased parts of names, as narratives remember them. */
export function nameParts(names: readonly string[]): string[] {
  return names.flatMap((n) => n.toLowerCase().split(/\s+/)).filter((part) => part.length > 2);
}
