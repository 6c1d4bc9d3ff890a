// Screenshots of every view for a look by eye (not a test): `BASE_URL=http://127.0.0.1:4000 node --import
// @swc-node/register/esm-register scripts/screenshots.ts [name-filter]`. Writes PNGs to SHOTS_DIR
// (default /tmp/jixiao-shots) and prints JS errors seen on each page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:4000';
const DIR = process.env.SHOTS_DIR ?? '/tmp/jixiao-shots';
const only = process.argv[2];
mkdirSync(DIR, { recursive: true });

interface Shot {
  name: string;
  user: string;
  path: string;
  viewport?: { width: number; height: number };
  theme?: 'light' | 'dark';
  lang?: 'zh' | 'en';
  full?: boolean;
  before?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'overview', user: 'leader', path: '/overview' },
  { name: 'overview-filtered', user: 'leader', path: '/overview?ff=GENERAL_PUBLIC&grade=MEDIUM' },
  { name: 'overview-section', user: 'leader', path: '/overview/section/U2VjdGlvbjo0' },
  { name: 'overview-unit', user: 'leader', path: '/overview/unit/VW5pdDoxNw' },
  { name: 'overview-en-dark', user: 'leader', path: '/overview', theme: 'dark', lang: 'en' },
  { name: 'project', user: 'leader', path: '/projects/UHJvamVjdDo5Nw' },
  { name: 'project-red', user: 'leader', path: '/projects/UHJvamVjdDozNjI' },
  { name: 'portfolio-jkw', user: 'sec-jkw', path: '/portfolio' },
  { name: 'portfolio-jkw-projects', user: 'sec-jkw', path: '/portfolio?tab=projects' },
  { name: 'portfolio-jkw-flags', user: 'sec-jkw', path: '/portfolio?tab=flags' },
  { name: 'portfolio-xc', user: 'sec-xc', path: '/portfolio' },
  { name: 'unit-jyj', user: 'unit-jyj', path: '/unit' },
  { name: 'agency-xinhe', user: 'agency-xinhe', path: '/agency' },
  { name: 'performance', user: 'pes', path: '/performance' },
  { name: 'performance-agencies', user: 'pes', path: '/performance?tab=agencies' },
  { name: 'bi', user: 'budget', path: '/bi' },
  {
    name: 'screen-dark-en',
    user: 'leader',
    path: '/screen?year=2023',
    viewport: { width: 1920, height: 1080 },
    theme: 'dark',
    lang: 'en',
    full: false,
  },
  {
    name: 'screen-light',
    user: 'leader',
    path: '/screen?year=2023',
    viewport: { width: 1920, height: 1080 },
    full: false,
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const tokens = new Map<string, string>();
async function token(user: string): Promise<string> {
  if (!tokens.has(user)) {
    const res = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "${user}", password: "jixiao-demo") { token } }` }),
    });
    tokens.set(user, ((await res.json()) as { data: { login: { token: string } } }).data.login.token);
  }
  return tokens.get(user)!;
}

for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
  const context = await browser.newContext({
    viewport: shot.viewport ?? { width: 1366, height: 768 },
    baseURL: BASE,
    locale: 'zh-CN',
  });
  const t = await token(shot.user);
  await context.addInitScript(
    ([tok, theme, lang]) => {
      localStorage.setItem('jixiao.token', tok);
      localStorage.setItem('jixiao.theme', theme);
      localStorage.setItem('jixiao.lang', lang);
    },
    [t, shot.theme ?? 'light', shot.lang ?? 'zh'] as const,
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(shot.path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1200);
  await shot.before?.(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const file = resolve(DIR, `${shot.name}.png`);
  await page.screenshot({ path: file, fullPage: shot.full ?? true });
  console.log(
    `${shot.name}: ${file}${overflow > 0 ? ` HORIZONTAL OVERFLOW ${overflow}px` : ''}${errors.length ? `\n  errors: ${errors.join('\n  ')}` : ''}`,
  );
  await context.close();
}
await browser.close();
