// Plan files in the browser: download, open with the file picker, drop on the page; a broken
// file changes nothing; replacing unsaved work asks first and can be undone.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, summary, status, waitForSummary, waitForStatus, click, typeInto, paste, dropFile,
         screenshot } from './browser.mjs';
import { choose, pageWithSavedPlan, testData, undo, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const golden = testData('plan-format-4.roster.json');

test('a downloaded plan file opens in another browser with the file picker, giving the same plan', async () => {
  const first = await pageWithSavedPlan(env, golden, { acceptDownloads: true });
  await waitForSummary(first.page, 'Creator “Studio Nord”');
  const original = await summary(first.page);
  const downloading = first.page.waitForEvent('download');
  await choose(first.page, 'menu-plan', 'menu-download');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'Rentrée 2026 — micro-heavy.roster.json');
  // Kept outside Playwright's folder, which goes with the browser context.
  const text = readFileSync(await download.path(), 'utf8');
  const path = join(mkdtempSync(join(tmpdir(), 'roster-')), download.suggestedFilename());
  writeFileSync(path, text);
  // The same plan, written in the current format: every part of the format-4 file as it was, and
  // the parts format 5 added (actuals, calibration) empty.
  const saved = JSON.parse(text).plan, opened = JSON.parse(golden).plan;
  for (const key of Object.keys(opened))
    if (key !== 'cereal_class_version') assert.deepEqual(saved[key], opened[key], `the file holds the same ${key}`);
  assert.deepEqual(saved.actuals, [], 'no actuals were invented');
  assert.deepEqual(saved.calibration, [], 'no calibration was invented');
  await waitForStatus(first.page, 'Downloaded Rentrée 2026 — micro-heavy.roster.json');
  await first.context.close();

  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  assert.match(await summary(page), /no creators yet/);
  await page.setInputFiles('#roster-file-input', path);
  await waitForSummary(page, 'Creator “Studio Nord”');
  assert.equal(await summary(page), original);
  await waitForStatus(page, 'Opened “Rentrée 2026 — micro-heavy” (2 creators)');
  await screenshot(page, 'plan-file-opened.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan file dropped on the page opens; a broken one is refused and changes nothing', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await dropFile(page, 'client.roster.json', golden);
  await waitForSummary(page, 'Creator “Léa "Lou" Martin”');
  const opened = await summary(page);

  // A file cut short in the middle (the bad-input catalogue's): refused with its place; the
  // open plan is untouched.
  await dropFile(page, 'truncated.roster.json', testData('bad/02-truncated.roster.json'));
  await waitForStatus(page, 'Could not open the file “truncated.roster.json”');
  assert.match(await status(page), /Nothing was changed\./);
  await screenshot(page, 'broken-file-refused.png');
  assert.equal(await summary(page), opened);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('opening a file over work that was never downloaded asks first, and undo brings the work back', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await dropFile(page, 'mine.roster.json', golden);
  await waitForSummary(page, 'Creator “Studio Nord”');
  // Change the plan so that it differs from any file: remove a creator with the mouse.
  const other = JSON.parse(golden);
  other.plan.name = 'Their plan';
  other.plan.creators = other.plan.creators.slice(1);
  other.plan.overlaps = [];
  await page.keyboard.press('Escape');
  const before = await summary(page);
  // Nothing edited yet since opening: the file replaces it without a question.
  await dropFile(page, 'theirs.roster.json', JSON.stringify(other));
  await waitForSummary(page, 'Plan “Their plan”');
  // Undo, then the restored plan differs from the last file opened: now Roster asks.
  await page.mouse.click(640, 600);
  await undo(page);
  await waitForSummary(page, before.slice(0, 40));
  await dropFile(page, 'theirs.roster.json', JSON.stringify(other));
  await screenshot(page, 'replace-question.png');
  await click(page, 'confirm-replace');
  await waitForSummary(page, 'Plan “Their plan”');
  await page.mouse.click(640, 600);
  await undo(page);
  await waitForSummary(page, before.slice(0, 40));
  assert.equal(await summary(page), before);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a plan pasted as text opens; text pasted into a field goes into the field', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await paste(page, golden);
  await waitForSummary(page, 'Creator “Studio Nord”');
  await waitForStatus(page, 'from the pasted text');

  // In the name field of the "add a creator" row, a paste is the creator's name (first line).
  await click(page, 'add-name');
  await paste(page, 'Chloé Dubois\nsecond line');
  // Pasted straight after the click, before the app drew a frame: the paste still goes into
  // the field just clicked. Its characters reach the field on the next frame.
  await page.waitForTimeout(300);
  await typeInto(page, 'add-followers', '25000');
  await click(page, 'add-button');
  await waitForSummary(page, 'Creator “Chloé Dubois”');
  assert.deepEqual(page.errors, []);
  await context.close();
});
