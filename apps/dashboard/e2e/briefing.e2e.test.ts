import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chartsRendered, consoleErrors, download, launch, loginAs, newPage } from './support/browser.js';

const SHOTS = resolve(import.meta.dirname, 'screenshots');

/** Pixels of rows [from, to) of a PNG that differ from its top-left pixel (the background). */
function inked(png: PNG, from: number, to: number): number {
  const bg = [png.data[0], png.data[1], png.data[2]];
  let n = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (
        Math.abs(png.data[i]! - bg[0]!) + Math.abs(png.data[i + 1]! - bg[1]!) + Math.abs(png.data[i + 2]! - bg[2]!) >
        60
      )
        n++;
    }
  return n;
}

describe('briefing papers (汇报材料)', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a chart’s PNG carries a band with its title, county, year and as-of date above the chart', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await page.goto('/overview?year=2023');
    await chartsRendered(page, 6);
    const panel = '[data-testid="panel-execution-checkpoints"]';
    const chart = (await page.locator(`${panel} .jx-echart canvas`).first().boundingBox())!;
    const file = await download(page, panel, 'export-png');
    expect(file.name).toMatch(/\.png$/);
    const png = PNG.sync.read(file.body);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(resolve(SHOTS, 'briefing-chart.png'), file.body);
    // The chart at pixel ratio 2, under a band 76 px high (×2): the title, the subtitle, the briefing line.
    expect(png.width).toBe(Math.round(chart.width * 2));
    expect(png.height).toBe(Math.round(chart.height * 2) + 152);
    // The band has text in each of its three lines.
    expect(inked(png, 20, 60)).toBeGreaterThan(300);
    expect(inked(png, 70, 100)).toBeGreaterThan(300);
    expect(inked(png, 106, 140)).toBeGreaterThan(300);
    expect(consoleErrors(page)).toEqual([]);
  });

  it('exports the whole cockpit as one PDF and one PNG', async () => {
    const page = await newPage(browser, baseUrl);
    await loginAs(page, 'leader');
    await page.goto('/overview?year=2023');
    await chartsRendered(page, 6);
    await page.waitForSelector('[data-testid="panel-calendar"][data-status="ready"]');

    const pdf = await download(page, '', 'export-briefing-pdf');
    expect(pdf.name).toBe('汇报材料-尉犁县-2023.pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.body.length).toBeGreaterThan(1024);
    const text = pdf.body.toString('latin1');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(Number(/\/Count (\d+)/.exec(text)![1])).toBeGreaterThan(1);
    writeFileSync(resolve(SHOTS, 'briefing.pdf'), pdf.body);

    const picture = await download(page, '', 'export-briefing-png');
    expect(picture.name).toBe('汇报材料-尉犁县-2023.png');
    const png = PNG.sync.read(picture.body);
    writeFileSync(resolve(SHOTS, 'briefing-cockpit.png'), picture.body);
    // A page 1240 px wide at pixel ratio 2, taller than wide (every panel), within what browsers draw.
    expect(png.width).toBe(2480);
    expect(png.height).toBeGreaterThan(png.width);
    expect(png.height).toBeLessThan(32_767);
    // The heading (title and the line under it) is drawn.
    expect(inked(png, 80, 150)).toBeGreaterThan(1000);
    expect(inked(png, 170, 210)).toBeGreaterThan(500);
    expect(consoleErrors(page)).toEqual([]);
  });
});
