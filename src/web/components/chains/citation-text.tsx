// A citation with its Markdown links as links (citation.ts's parts, rendered by React).
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
