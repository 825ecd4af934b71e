// What a planner does again and again, written once for every browser test: open the page with
// a plan already in the browser's storage, add a creator, choose from a menu, open a workshop
// example, enter a value in a field, undo, and wait for the summary for screen readers to say
// something. Built on browser.mjs, which drives the mouse and the keys a frame at a time.
import { readFileSync } from 'node:fs';
import { click, landmark, nextFrames, openPage, press, selectAll, typeInto, waitForSummary } from './browser.mjs';

// A laptop's window, the size most tests use.
export const viewport = { width: 1280, height: 720 };

// A file of tests/data/ as text: testData('plan-format-4.roster.json'). Broken plan files are
// those of the bad-input catalogue, which the unit tests read too: testData('bad/02-truncated.roster.json').
export function testData(name) {
  return readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');
}

// A figure as the summary writes it ("12,345") as a number.
export const figure = (text) => Number(text.replace(/,/g, ''));

// A page whose browser storage holds `text` as the saved plan (under `roster.plan`, the key of
// Roster 0.1 to 0.3, which every version opens), in a new context (`viewport` unless
// `contextOptions` say otherwise). Seeded once: a reload finds what the page saved since.
export async function pageWithSavedPlan(env, text, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport, ...contextOptions });
  await context.addInitScript((t) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('roster.plan', t);
      sessionStorage.setItem('seeded', '1');
    }
  }, text);
  return { context, page: await openPage(context, env.url) };
}

// Clicks through a menu, a frame-held click each: choose(page, 'menu-plan', 'menu-download').
export async function choose(page, ...items) {
  for (const item of items) await click(page, item);
}

// Workshop > the example `id`, then waits for its `title` in the summary.
export async function openExample(page, id, title) {
  await choose(page, 'menu-workshop', id);
  await waitForSummary(page, title);
}

// Fills the "add a creator" row (the name, then whichever of followers, fee and posts are
// given), presses Add and waits for the creator in the summary.
export async function addCreator(page, name, { followers, fee, posts } = {}) {
  await typeInto(page, 'add-name', name);
  if (followers !== undefined) await typeInto(page, 'add-followers', String(followers));
  if (fee !== undefined) await typeInto(page, 'add-fee', String(fee));
  if (posts !== undefined) await typeInto(page, 'add-posts', String(posts));
  await click(page, 'add-button');
  await waitForSummary(page, `Creator “${name}”`);
}

// Clicks the field `id` (holding `modifiers`: Ctrl+click makes an ImGui slider a text field),
// selects what it holds, types `text` over it and presses Enter, each key held for a frame.
export async function enterText(page, id, text, modifiers = []) {
  await click(page, id, modifiers);
  await selectAll(page);
  await page.keyboard.type(String(text), { delay: 15 });
  await press(page, 'Enter');
}

// Ctrl+Z, the key held for a frame. Outside a text field it undoes the last edit of the plan.
export async function undo(page) {
  await page.keyboard.down('Control');
  await press(page, 'z');
  await page.keyboard.up('Control');
}

// Waits until the summary for screen readers matches every one of `patterns` (regular expressions).
export async function waitForSummaryToMatch(page, ...patterns) {
  await page.waitForFunction((sources) => {
    const text = document.getElementById('roster-summary').textContent;
    return sources.every(([source, flags]) => new RegExp(source, flags).test(text));
  }, patterns.map((p) => [p.source, p.flags]));
}

// Waits until the summary for screen readers no longer contains `fragment`.
export async function waitForSummaryWithout(page, fragment) {
  await page.waitForFunction((f) => !document.getElementById('roster-summary').textContent.includes(f), fragment);
}

// Ctrl+C held for a frame with the mouse resting on a landmark (Dear ImGui 1.86 misses a key
// pressed and released within one frame): the table or chart under it as rows of cells.
export async function copyOver(page, id) {
  const p = await landmark(page, id);
  await page.mouse.move(p.x, p.y);
  await nextFrames(page);
  await page.evaluate(() => { window.rosterCopied = undefined; });
  await page.keyboard.down('Control');
  await page.keyboard.down('c');
  await nextFrames(page);
  await page.keyboard.up('c');
  await page.keyboard.up('Control');
  await nextFrames(page);
  await page.waitForFunction(() => typeof window.rosterCopied === 'string', null, { timeout: 10_000 });
  return (await page.evaluate(() => window.rosterCopied)).split(/\r?\n/).filter((r) => r.length > 0)
    .map((r) => r.split('\t'));
}
