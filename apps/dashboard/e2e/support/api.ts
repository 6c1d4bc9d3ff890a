import type { Page } from 'playwright-core';

/** Asks the API as the signed-in viewer (the page's own token); GraphQL errors fail the test. */
export async function api<T>(
  page: Page,
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = await page.evaluate(() => localStorage.getItem('jixiao.token'));
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data: T; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

/** The fields of a project both workflow tests read. */
export interface ProjectBasics {
  id: string;
  code: string;
  name: string;
  budget: string;
}
