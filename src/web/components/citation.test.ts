import { describe, expect, it } from 'vitest';
import { citationParts, citationText, safeHref } from './citation.ts';

describe('citations with Markdown links', () => {
  it('splits a citation into text and its links', () => {
    expect(
      citationParts(
        'SIA, [State of the Industry 2021](https://www.semiconductors.org/x.pdf), p. 4.',
      ),
    ).toEqual([
      { kind: 'text', text: 'SIA, ' },
      {
        kind: 'link',
        text: 'State of the Industry 2021',
        href: 'https://www.semiconductors.org/x.pdf',
      },
      { kind: 'text', text: ', p. 4.' },
    ]);
  });

  it('keeps a link with an unsafe address as text, never as a link', () => {
    const text = '[click](javascript:alert(1)) and [x](data:text/html,<b>)';
    expect(citationParts(text).every((p) => p.kind === 'text')).toBe(true);
    expect(
      citationParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
  });

  it('gives plain text for tooltips and link text', () => {
    expect(citationText('See [the report](https://example.org/r) (2022).')).toBe(
      'See the report (2022).',
    );
    expect(citationText('No links <b>here</b>')).toBe('No links <b>here</b>');
  });
});
