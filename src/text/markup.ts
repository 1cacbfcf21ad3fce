// The one escape helper for everything a report prints that came from a run record or a
// system under test (adapter names, versions, config, corpus paths, answers): such text is data,
// never markup, so an adapter called `<script>…` renders as those characters.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in HTML text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Text for one Markdown table cell: HTML-escaped (Markdown renderers pass raw HTML through), on
 * one line, with the characters that would end the cell or start formatting backslash-escaped.
 */
export function markdownCell(text: string): string {
  return escapeHtml(text.replace(/\s+/g, ' ').trim()).replace(/[\\|`*_[\]]/g, (c) => `\\${c}`);
}
