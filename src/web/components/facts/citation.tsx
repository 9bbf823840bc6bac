// A citation in React: its text, with its Markdown links as links (the parsing and the rule that
// only http(s) addresses become links are citation.ts's).
import { citationParts } from '../citation.ts';

export function Citation({ text, className = 'citation' }: { text: string; className?: string }) {
  return (
    <span className={className}>
      {citationParts(text).map((p, i) =>
        p.kind === 'text' ? (
          p.text
        ) : (
          <a key={i} href={p.href} rel="noopener noreferrer">
            {p.text}
          </a>
        ),
      )}
    </span>
  );
}
