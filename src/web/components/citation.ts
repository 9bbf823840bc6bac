// Citations as people read them: a source's citation text may hold Markdown links
// ("[SIA 2021](https://…)"), shown as links. Built from text nodes and anchors only — never
// innerHTML — and only http(s) addresses become links, so no citation can inject markup or script.
import { h } from '../element.ts';

const LINK = /\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})\)/g;

/** The address when it is a safe absolute http(s) URL, else null. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Parts of a citation: plain text, and links whose address is a safe http(s) URL. */
export function citationParts(
  text: string,
): ({ kind: 'text'; text: string } | { kind: 'link'; text: string; href: string })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'link'; text: string; href: string })[] =
    [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    const href = safeHref(m[2]!);
    if (href === null) continue;
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    parts.push({ kind: 'link', text: m[1]!, href });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** A citation as a span: text, with its Markdown links as links (opened without referrer access). */
export function citationElement(text: string, cls = 'citation'): HTMLElement {
  return h(
    'span',
    { class: cls },
    citationParts(text).map((p) =>
      p.kind === 'text' ? p.text : h('a', { href: p.href, rel: 'noopener noreferrer' }, p.text),
    ),
  );
}

/** A citation as plain text, each Markdown link replaced by its text (for tooltips and link text). */
export function citationText(text: string): string {
  return citationParts(text)
    .map((p) => p.text)
    .join('');
}
