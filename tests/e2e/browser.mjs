// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core, the
// built site served on loopback, and helpers that act like a planner (mouse and keyboard on
// the canvas) and read what the page shows.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../../tools/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const siteDir = resolve(process.env.ROSTER_SITE || join(here, '../../build/wasm/site'));
export const shotDir = resolve(process.env.ROSTER_SCREENSHOTS || join(here, '../../build/screenshots'));
mkdirSync(shotDir, { recursive: true });

// Flags verified on this machine kind (Debian's Chromium, headless, no GPU): WebGL2 through
// SwiftShader, and no background network traffic, which the closed network here would refuse.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function startBrowser() {
  const server = await serveSite(siteDir);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

// A page that records every console error and uncaught exception: a test fails on any.
export async function openPage(context, url) {
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
  page.on('pageerror', (err) => page.errors.push(String(err)));
  await page.goto(url);
  await waitForApp(page);
  return page;
}

export async function waitForApp(page) {
  await page.waitForFunction(() => window.rosterReady === true, null, { timeout: 30_000 });
}

// What the page's text for screen readers (#roster-summary) says now: the plan, its creators
// and totals, as tests read the canvas.
export async function summary(page) {
  return page.locator('#roster-summary').textContent();
}

export async function waitForSummary(page, fragment) {
  await page.waitForFunction((f) => document.getElementById('roster-summary').textContent.includes(f),
                             fragment, { timeout: 10_000 });
}

// The centre of a control the app marked (platform/platform.h publish_landmark), in CSS pixels.
export async function landmark(page, id) {
  // A landmark with no size is a control not drawn right now (platform/platform.h).
  await page.waitForFunction((i) => window.rosterLandmarks && window.rosterLandmarks[i] &&
                                    window.rosterLandmarks[i].w > 0, id, { timeout: 10_000 });
  const r = await page.evaluate((i) => window.rosterLandmarks[i], id);
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

// Resolves once the browser has run two more animation frames, so the app's main loop (driven by
// them) has handled every event sent before. Dear ImGui 1.86 applies a whole frame's events at
// once: a click and the keys typed right after it in the same frame would go to the field that
// was active before the click, which no person is quick enough to do.
export async function nextFrames(page) {
  await page.evaluate(() => new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

// Moves onto the control, presses and releases, a frame apart each, as a hand does: some ImGui
// widgets (tabs, menu items) act only on an item hovered in an earlier frame.
export async function click(page, id, modifiers = []) {
  const p = await landmark(page, id);
  await page.mouse.move(p.x, p.y);
  await nextFrames(page);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.down();
  await nextFrames(page);
  await page.mouse.up();
  await nextFrames(page);
  for (const key of modifiers) await page.keyboard.up(key);
  await nextFrames(page);
}

// A key held for a frame: Dear ImGui 1.86 misses a key pressed and released within one frame.
export async function press(page, key) {
  await page.keyboard.down(key);
  await nextFrames(page);
  await page.keyboard.up(key);
  await nextFrames(page);
}

// Ctrl+A held for a frame: Dear ImGui 1.86 can miss keys pressed and released within one frame.
export async function selectAll(page) {
  await page.keyboard.down('Control');
  await page.keyboard.down('a');
  await nextFrames(page);
  await page.keyboard.up('a');
  await page.keyboard.up('Control');
  await nextFrames(page);
}

// Clicks a field, selects what it holds and types over it, as a planner would.
export async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text, { delay: 15 });
}

// The status line the app publishes (#roster-status): messages and storage warnings.
export async function status(page) {
  return page.locator('#roster-status').textContent();
}

export async function waitForStatus(page, fragment) {
  await page.waitForFunction((f) => document.getElementById('roster-status').textContent.includes(f),
                             fragment, { timeout: 10_000 });
}

// What the browser does on Ctrl+V: a paste event carrying the clipboard's text.
export async function paste(page, text) {
  await page.evaluate((t) => {
    const d = new DataTransfer();
    d.setData('text/plain', t);
    document.getElementById('canvas').dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true }));
  }, text);
}

// A plan file dropped on the page, as from a file manager.
export async function dropFile(page, name, text, type = 'application/json') {
  const transfer = await page.evaluateHandle(([n, t, k]) => {
    const d = new DataTransfer();
    d.items.add(new File([t], n, { type: k }));
    return d;
  }, [name, text, type]);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: transfer });
}

export async function screenshot(page, name) {
  const path = join(shotDir, name);
  await page.screenshot({ path });
  return path;
}

// How varied the pixels of a screenshot are, measured inside the browser (no image library
// needed): a blank or single-colour canvas has one or two colours, a drawn UI has hundreds.
export async function distinctColours(page, pngPath) {
  const { readFile } = await import('node:fs/promises');
  const data = (await readFile(pngPath)).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < px.length; i += 4 * 7) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  }, data);
}
