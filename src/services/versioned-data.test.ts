// VersionedData: one load per data version shared by concurrent callers, loaded again when the
// version moves; a failed load, part or answer forgotten; the memo bounded, the parts not.
import { describe, expect, it } from 'vitest';
import { DataVersion } from './data-version.ts';
import { VersionedData } from './versioned-data.ts';

/** A data version the test moves by hand, and a load that counts its calls. */
function setup(options: { memoLimit?: number; fail?: () => boolean } = {}) {
  const state = { version: 1, loads: 0 };
  const version = new DataVersion({ dataVersion: () => Promise.resolve(state.version) });
  const data = new VersionedData(
    version,
    () => {
      state.loads += 1;
      return options.fail?.()
        ? Promise.reject(new Error('load failed'))
        : Promise.resolve({ loadedAt: state.version });
    },
    options.memoLimit,
  );
  return { state, data };
}

describe('VersionedData', () => {
  it('loads once per data version, shared by concurrent callers, and again when it moves', async () => {
    const { state, data } = setup();
    const [a, b] = await Promise.all([data.get(), data.get()]);
    expect(a).toBe(b);
    expect(a.value).toEqual({ loadedAt: 1 });
    expect(await data.get()).toBe(a);
    expect(state.loads).toBe(1);

    state.version = 2;
    const c = await data.get();
    expect(c).not.toBe(a);
    expect(c).toMatchObject({ version: 2, value: { loadedAt: 2 } });
    expect(state.loads).toBe(2);
  });

  it('forgets a load that fails: the next call loads again', async () => {
    let failing = true;
    const { state, data } = setup({ fail: () => failing });
    await expect(data.get()).rejects.toThrow('load failed');
    failing = false;
    expect((await data.get()).value).toEqual({ loadedAt: 1 });
    expect(state.loads).toBe(2);
  });

  it('computes an answer once per version and key, forgets a failed one, drops the oldest when full', async () => {
    const { state, data } = setup({ memoLimit: 2 });
    let computed = 0;
    const answer = (x: string) => () => Promise.resolve(`${x}${(computed += 1)}`);
    const v1 = await data.get();
    expect(await data.memo(v1, 'a', answer('a'))).toBe('a1');
    expect(await data.memo(v1, 'a', answer('a'))).toBe('a1');

    await expect(data.memo(v1, 'x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await data.memo(v1, 'x', answer('x'))).toBe('x2');

    // Full (a, x): b drops a, the oldest.
    expect(await data.memo(v1, 'b', answer('b'))).toBe('b3');
    expect([...v1.memo.keys()]).toEqual(['x', 'b']);
    expect(await data.memo(v1, 'a', answer('a'))).toBe('a4');

    state.version = 2;
    const v2 = await data.get();
    expect(await data.memo(v2, 'b', answer('b'))).toBe('b5');
  });

  it('reads a part once per version, keeps it however full the memo is, forgets a failed one', async () => {
    const { state, data } = setup({ memoLimit: 1 });
    let reads = 0;
    const read = () => Promise.resolve((reads += 1));
    const v1 = await data.get();
    expect(await data.part(v1, 'entries|a', read)).toBe(1);
    for (const key of ['m1', 'm2', 'm3']) await data.memo(v1, key, () => Promise.resolve(key));
    expect(await data.part(v1, 'entries|a', read)).toBe(1);

    await expect(data.part(v1, 'index', () => Promise.reject(new Error('no')))).rejects.toThrow();
    expect(await data.part(v1, 'index', read)).toBe(2);

    state.version = 2;
    const v2 = await data.get();
    expect(await data.part(v2, 'entries|a', read)).toBe(3);
  });
});
