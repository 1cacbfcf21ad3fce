// A small, strict XML reader for checking generated reports: elements, attributes, text and the
// five predefined entities plus numeric references. It throws on anything malformed (an unescaped
// "<" or "&", a mismatched end tag), which is the point: a report must be well-formed XML.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string): string {
  if (/[<]/.test(raw)) throw new Error(`unescaped "<" in ${JSON.stringify(raw)}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`bare "&" in ${JSON.stringify(raw)}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    if (!(name in ENTITIES)) throw new Error(`unknown entity &${name};`);
    return ENTITIES[name];
  });
}

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(body)) throw new Error('control character in XML');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/y;
  while (at < body.length) {
    const next = body.indexOf('<', at);
    const textEnd = next < 0 ? body.length : next;
    stack[stack.length - 1].text += decode(body.slice(at, textEnd));
    if (next < 0) break;
    tag.lastIndex = next;
    const m = tag.exec(body);
    if (!m) throw new Error(`malformed tag at ${next}: ${JSON.stringify(body.slice(next, next + 40))}`);
    const [, closing, name, attrs, selfClosing] = m;
    if (closing) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attrs.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) attributes[key] = decode(value);
      const element: XmlElement = { name, attributes, children: [], text: '' };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
    }
    at = tag.lastIndex;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('an XML document has exactly one root element');
  return root.children[0];
}
