// A page's h1: sets the document title and takes focus when the reader navigated here.
import { useEffect, useRef, type ReactNode } from 'react';
import { focusHeadingOnNavigation } from '../app/focus.ts';
import { usePageTitle } from './page-title.ts';

export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    if (ref.current?.parentElement) focusHeadingOnNavigation(ref.current.parentElement);
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
