// The dashboard's bench (not a test): the gzip weight of the login page's JavaScript and of each view,
// and the time from navigation to the leadership overview's last chart drawn, on the demo county.
// `npm run bench -w @jixiao/dashboard` after `vite build` (and the server's build). Starts its own
// server on a fresh demo database unless BASE_URL names one.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import {
  createDatabase,
  createTemplate,
  dropDatabase,
  startServerProcess,
  startTestCluster,
} from '@jixiao/server/testing';

const RUNS = Number(process.env.RUNS ?? 7);
const CHARTS = 6; // checkpoints, fund families, sections, flags, grades, agencies

execFileSync(
  process.execPath,
  ['--import', '@swc-node/register/esm-register', resolve(import.meta.dirname, 'bundle-size.ts')],
  { stdio: 'inherit' },
);

let baseUrl = process.env.BASE_URL;
let stop = async () => {};
if (!baseUrl) {
  const cluster = await startTestCluster();
  const template = await createTemplate(cluster.adminUrl, { demo: true });
  const db = await createDatabase(cluster.adminUrl, template);
  const server = await startServerProcess({
    databaseUrl: db.url,
    env: { JIXIAO_DASHBOARD_DIR: resolve(import.meta.dirname, '../dist'), JIXIAO_RATE_LIMIT: '100000' },
  });
  baseUrl = server.url;
  stop = async () => {
    await server.stop();
    await db.drop();
    await dropDatabase(cluster.adminUrl, template);
    await cluster.stop();
  };
}

const res = await fetch(`${baseUrl}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { login(username: "leader", password: "jixiao-demo") { token } }' }),
});
const token = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});

/** ms from navigation start to the last overview chart's first drawing. */
async function measure(cold: boolean, page?: import('playwright-core').Page) {
  const context = page
    ? page.context()
    : await browser.newContext({ viewport: { width: 1366, height: 768 }, baseURL: baseUrl });
  if (!page) {
    await context.addInitScript((t) => localStorage.setItem('jixiao.token', t), token);
    page = await context.newPage();
  }
  await page.goto('/overview?year=2023');
  await page.waitForFunction((n) => document.querySelectorAll('.jx-echart[data-rendered-at]').length >= n, CHARTS, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll<HTMLElement>('.jx-echart[data-rendered-at]')].map((e) =>
        Number(e.dataset.renderedAt),
      ),
    ),
  );
  if (cold) await context.close();
  return { ms, page };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cold: number[] = [];
for (let i = 0; i < RUNS; i += 1) cold.push((await measure(true)).ms);
const first = await measure(false);
const warm: number[] = [];
for (let i = 0; i < RUNS; i += 1) warm.push((await measure(false, first.page)).ms);
console.log(
  `navigation → last overview chart rendered, cold browser cache (${RUNS} runs): median ${median(cold)} ms [${cold.join(', ')}]`,
);
console.log(
  `navigation → last overview chart rendered, warm browser cache (${RUNS} runs): median ${median(warm)} ms [${warm.join(', ')}]`,
);
await browser.close();
await stop();
