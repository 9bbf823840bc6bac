// A React home for the shared write-access block (write-token.ts `writeTokenField`): who writes
// are saved as, or the sign-in link and the operator's token field. The block stays one DOM
// element owned by write-token.ts; this wrapper only mounts it.
import { useEffect, useRef, useState } from 'react';
import { writeTokenField, type WriteTokenField } from '../../write-token.ts';

/** The page's write-access block, created once per page visit. */
export const useWriteToken = (id: string): WriteTokenField =>
  useState(() => writeTokenField(id))[0];

export function WriteTokenSlot({ field }: { field: WriteTokenField }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(field.element);
  }, [field]);
  return <div ref={ref} />;
}
