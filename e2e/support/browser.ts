import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's Chromium, quiet: no sandbox (containers), no GPU, and no calls home that could slow
// a test down or fail it offline.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every console error and uncaught exception seen so far, in order. */
  readonly consoleErrors: string[];
}

/** A fresh context is a fresh person: no cookies, no storage, their own screen size. */
export async function openVisit(
  browser: Browser,
  baseURL: string,
  viewport: ViewportName = 'desktop',
): Promise<Visit> {
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORTS[viewport],
    isMobile: viewport === 'phone',
    hasTouch: viewport === 'phone',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${page.url()})`);
  });
  page.on('pageerror', (error) => {
    consoleErrors.push(`Uncaught: ${error.message} (${page.url()})`);
  });
  return { context, page, consoleErrors };
}

/**
 * Saves a full-page screenshot when AMENDS_SHOTS is set (a folder), for people to look at the
 * design on each viewport; tests never assert on pixels.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.AMENDS_SHOTS;
  if (folder === undefined || folder === '') return;
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
