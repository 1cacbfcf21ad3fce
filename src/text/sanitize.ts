// Text from a run record, a corpus or a system under test is data: it must not drive a terminal
// (ESC sequences clear screens and retitle windows), hide in a Markdown file, or break XML.

// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, which include CSI).
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Control characters shown as visible escapes (`\u001b`), so nothing reaches the terminal raw. */
export function safeText(text: string): string {
  return text.replace(UNSAFE_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Like safeText, for one-line output (file names, adapter names): newlines and tabs escaped too. */
export function safeInline(text: string): string {
  return safeText(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const XML_FORBIDDEN = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Drops every character XML 1.0 forbids, escaped or not (controls, U+FFFE, U+FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
