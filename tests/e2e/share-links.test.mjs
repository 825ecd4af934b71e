// Share links: the plan travels in the address's fragment, opens through the same load path,
// and leaves the address bar; a damaged link and a plan too large for a link are explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, summary, waitForSummary, waitForStatus, dropFile, screenshot } from './browser.mjs';
import { choose, testData, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const golden = testData('plan-format-4.roster.json');

const askForLink = (page) => choose(page, 'menu-plan', 'menu-share');

test('a share link copied from one browser opens the same plan in another, and leaves the address bar', async () => {
  const context = await env.browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url });
  const page = await openPage(context, env.url);
  await dropFile(page, 'plan.roster.json', golden);
  await waitForSummary(page, 'Creator “Studio Nord”');
  const original = await summary(page);
  await askForLink(page);
  await waitForStatus(page, 'Copied a link to this plan');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#roster=1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 8000);
  await context.close();

  const other = await env.browser.newContext({ viewport });
  const opened = await other.newPage();
  opened.errors = [];
  opened.on('pageerror', (err) => opened.errors.push(String(err)));
  await opened.goto(link);
  await waitForSummary(opened, 'Creator “Studio Nord”');
  assert.equal(await summary(opened), original);
  assert.equal(opened.url(), env.url, 'the plan no longer sits in the address bar');
  await screenshot(opened, 'share-link-opened.png');
  assert.deepEqual(opened.errors, []);
  await other.close();
});

test('when the browser refuses the clipboard, the link is shown selected in a text box to copy by hand', async () => {
  const context = await env.browser.newContext({ viewport });
  await context.grantPermissions(['clipboard-read'], { origin: env.url });
  // A browser that refuses (no permission, or the page not served securely).
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const page = await openPage(context, env.url);
  await dropFile(page, 'plan.roster.json', golden);
  await waitForSummary(page, 'Creator “Studio Nord”');
  await askForLink(page);
  await waitForStatus(page, 'The browser did not let Roster copy the link');
  await page.locator('#share-link-text').waitFor({ state: 'visible' });
  const shown = await page.evaluate(() => {
    const box = document.getElementById('share-link-text');
    return { value: box.value, focused: document.activeElement === box,
             selected: box.selectionEnd - box.selectionStart };
  });
  assert.match(shown.value, /#roster=1\.[A-Za-z0-9_-]+$/);
  assert.ok(shown.focused, 'the text box has the keyboard, so Ctrl+C copies');
  assert.equal(shown.selected, shown.value.length, 'the whole link is selected');
  await screenshot(page, 'share-link-copy-by-hand.png');
  // The page's own keyboard handling (SDL's) must leave the browser's copy alone here.
  await page.keyboard.press('Control+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown.value);
  await page.keyboard.press('Escape');
  await page.locator('#share-link').waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a damaged link says so and opens nothing', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(env.url + '#roster=1.A');  // one character: not even whole base64
  await waitForStatus(page, 'This link is damaged');
  assert.match(await summary(page), /no creators yet/);
  await context.close();
});

test('a plan too large for a link is refused with the advice to send the file', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  // 400 creators with varied names and audiences do not fit 8,000 characters even deflated.
  const big = JSON.parse(golden);
  const template = big.plan.creators[0];
  big.plan.overlaps = [];
  big.plan.creators = Array.from({ length: 400 }, (_, i) => ({
    ...template, id: i + 1, name: `Creator ${i} ${(i * 7919) % 104729}`, handle: `@c${(i * 104729) % 7919}`,
    followers: 1000 + ((i * 2654435761) % 900000),
  }));
  await dropFile(page, 'big.roster.json', JSON.stringify(big));
  await waitForSummary(page, 'Creator “Creator 399');
  await askForLink(page);
  await waitForStatus(page, 'This plan is too large for a link');
  await context.close();
});
