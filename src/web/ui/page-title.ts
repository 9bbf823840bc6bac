// The document's title for a page: "<title> — techalliance".
import { useEffect } from 'react';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — techalliance`;
  }, [title]);
}
