import { describe, expect, it } from 'vitest';
import { createLoaders, type Readers } from '../loaders.js';
import { limitsPlugin } from '../limits.plugin.js';

// Past the operation's time budget no loader starts another statement: its loads fail with TIMEOUT, so a wide
// query stops fanning out (the budget itself is executionBudgetMs, per kind of caller).

function readers(calls: number[][]): Readers {
  const byIds = async (ids: readonly number[]) => {
    calls.push([...ids]);
    return ids.map((id) => ({ dbId: id }));
  };
  return { project: { byIds } } as unknown as Readers;
}

describe('loaders and the time budget', () => {
  it('batch the loads of one turn into one call while the budget lasts', async () => {
    const calls: number[][] = [];
    const loaders = createLoaders(readers(calls));
    loaders.budget.deadline = performance.now() + 60_000;
    const rows = await Promise.all([1, 2, 3].map((id) => loaders.project.load(id)));
    expect(rows).toEqual([{ dbId: 1 }, { dbId: 2 }, { dbId: 3 }]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('start no statement past the budget: every load fails with TIMEOUT in Chinese and English', async () => {
    const calls: number[][] = [];
    const loaders = createLoaders(readers(calls));
    loaders.budget.deadline = performance.now() - 1;
    const results = await Promise.allSettled([1, 2].map((id) => loaders.project.load(id)));
    expect(calls).toEqual([]);
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const e = (r as PromiseRejectedResult).reason as { extensions: { code: string }; message: string };
      expect(e.extensions.code).toBe('TIMEOUT');
      expect(e.message).toMatch(/查询超时.* \/ The query took too long/);
    }
  });
});

describe('limitsPlugin starts the budget', () => {
  const start = async (operation: 'query' | 'mutation', viewer: { tokenId: number | null } | null) => {
    const plugin = limitsPlugin({ maxTokens: 3000, allowIntrospection: () => false });
    const budget = { deadline: Number.POSITIVE_INFINITY };
    const hooks = await plugin.requestDidStart!({} as never);
    const before = performance.now();
    await hooks!.executionDidStart!({
      contextValue: { viewer, loaders: { budget } },
      operation: { operation },
    } as never);
    return budget.deadline - before;
  };

  it('of a query when its execution starts, by the kind of caller', async () => {
    expect(await start('query', null)).toBeGreaterThan(9_000);
    expect(await start('query', null)).toBeLessThanOrEqual(10_000 + 50);
    expect(await start('query', { tokenId: null })).toBeGreaterThan(29_000);
    expect(await start('query', { tokenId: 3 })).toBeGreaterThan(59_000);
  });

  it('never of a mutation: its transaction may have committed before its payload is read', async () => {
    expect(await start('mutation', { tokenId: null })).toBe(Number.POSITIVE_INFINITY);
  });
});
