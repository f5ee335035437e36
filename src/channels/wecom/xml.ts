/**
 * The flat XML of WeCom callbacks: `<xml><Name><![CDATA[value]]></Name><Num>1</Num>…</xml>`.
 * One level of elements, text or CDATA; anything else is ignored. No entity expansion beyond the
 * five predefined entities (no DTDs, so no entity bombs).
 */
const ELEMENT = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The child elements of the root as name → text (the first of a repeated name wins). Null when there is no <xml> root. */
export function parseFlatXml(xml: string): Record<string, string> | null {
  const root = /<xml>([\s\S]*)<\/xml>/.exec(xml);
  if (!root) return null;
  const out: Record<string, string> = {};
  for (const m of root[1]!.matchAll(ELEMENT)) {
    const name = m[1]!;
    if (name in out) continue;
    out[name] = m[2] ?? (m[3] ?? '').replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
  }
  return out;
}

/** Builds flat XML with every value in CDATA (a `]]>` inside a value is split across two sections). */
export function buildFlatXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => (typeof v === 'number' ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${k}>`))
    .join('');
  return `<xml>${body}</xml>`;
}
