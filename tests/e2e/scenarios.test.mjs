// Scenarios as a workshop uses them: compare likes visible and hidden side by side, switch
// scenarios from their tabs, make a new one, move it with a what-if lever and keep the result,
// undo, and step through the scenarios in the presentation view.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, summary, waitForSummary, click, screenshot, distinctColours, nextFrames, landmark, selectAll,
  dropFile, waitForStatus, press,
} from './browser.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const count = (text) => Number(text.replace(/,/g, ''));

async function openExample(page, id, title) {
  await click(page, 'menu-workshop');
  await click(page, id);
  await waitForSummary(page, title);
}

test('a workshop compares likes visible and hidden, switches scenario and makes a new one moved by a what-if lever', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-hidden-likes', 'Workshop — hiding like counts on Instagram');
  await waitForSummary(page, 'scenario “Likes hidden” (2 of 2)');

  // Side by side: the hidden-likes scenario has fewer likes than the visible one.
  await click(page, 'scenario-compare');
  await waitForSummary(page, 'Comparing scenarios “Likes visible” and “Likes hidden” (changes against “Likes visible”)');
  const comparison = (await summary(page)).split('\n').find((l) => l.startsWith('Comparing'));
  const likes = comparison.match(/ likes ([\d,]+) and ([\d,]+) \(−([\d.]+)%\)/);
  assert.ok(likes, `likes are compared with a fall: ${comparison}`);
  assert.ok(count(likes[2]) < count(likes[1]));
  // Likes fall much more than reach (which moves only through the platform's feedback).
  const reachFall = Number(comparison.match(/Net reach [\d,]+ and [\d,]+ \((?:−([\d.]+)|0\.0)%\)/)[1] || 0);
  assert.ok(Number(likes[3]) > 3 * reachFall, `likes fall ${likes[3]}%, reach ${reachFall}%`);
  await page.waitForTimeout(1500);  // the ranges fill in
  await screenshot(page, 'compare-figures.png');
  await click(page, 'compare-tab-charts');
  await page.waitForTimeout(500);
  const shot = await screenshot(page, 'compare-charts.png');
  assert.ok(await distinctColours(page, shot) > 100, 'the overlaid charts are drawn');
  await click(page, 'scenario-compare');  // closes the comparison

  // The first tab opens the visible-likes scenario.
  await click(page, 'scenario-tab-0');
  await waitForSummary(page, 'scenario “Likes visible” (1 of 2)');

  // A new scenario from it, named by the planner.
  await click(page, 'scenario-new');
  await click(page, 'scenario-name-field');
  await selectAll(page);
  await page.keyboard.type('Twice the posts', { delay: 15 });
  await press(page, 'Enter');
  await waitForSummary(page, 'scenario “Twice the posts” (2 of 3)');
  const before = await summary(page);
  const posts = Number(before.match(/Creator “Nano — plant care”: [^\n]*?, (\d+) posts?/)[1]);

  // What if: the posts lever typed to 200% (Ctrl+click makes an ImGui slider a text field).
  await click(page, 'scenario-what-if');
  await click(page, 'what-if-posts', ['Control']);
  await selectAll(page);
  await page.keyboard.type('200', { delay: 15 });
  await press(page, 'Enter');
  await page.waitForTimeout(300);
  await screenshot(page, 'what-if.png');
  await click(page, 'what-if-apply');
  await waitForSummary(page, `Creator “Nano — plant care”: `);
  await page.waitForFunction((n) => new RegExp(`Creator “Nano — plant care”: [^\\n]*?, ${n} posts? for`).test(
    document.getElementById('roster-summary').textContent), posts * 2);

  // Undo takes the lever's change back in one step; the scenario stays.
  await click(page, 'tab-summary');
  await page.keyboard.down('Control');
  await press(page, 'z');
  await page.keyboard.up('Control');
  await page.waitForFunction((n) => new RegExp(`Creator “Nano — plant care”: [^\\n]*?, ${n} posts? for`).test(
    document.getElementById('roster-summary').textContent), posts);
  await waitForSummary(page, 'scenario “Twice the posts” (2 of 3)');
  await screenshot(page, 'scenario-bar.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the presentation view steps through the scenarios in large type and Escape leaves it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');
  await click(page, 'scenario-present');
  await landmark(page, 'presentation-title');
  await page.waitForTimeout(1000);
  await screenshot(page, 'presentation-1.png');
  const first = await landmark(page, 'presentation-reach');
  await press(page, 'ArrowRight');
  await page.waitForTimeout(500);
  const shot = await screenshot(page, 'presentation-2.png');
  assert.ok(await distinctColours(page, shot) > 20);
  // Editors are hidden while presenting.
  assert.equal(await page.evaluate(() => (window.rosterLandmarks['scenario-new'] || { w: 0 }).w), 0);
  await press(page, 'Escape');
  await landmark(page, 'scenario-new');
  assert.ok(first.x > 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a planner switches the interface to French: numbers in French style, the page summary and a refusal in French, the choice remembered', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');
  await waitForSummary(page, 'total cost €48,660');
  await click(page, 'menu-view');
  await click(page, 'menu-language');
  await click(page, 'menu-language-fr');
  // 48 660 € : a narrow no-break space between thousands, the euro sign after a no-break space.
  await waitForSummary(page, 'coût total 48\u202F660\u00A0€');
  await waitForStatus(page, 'L’interface parle maintenant français.');
  await click(page, 'scenario-compare');
  await page.waitForTimeout(1500);
  await screenshot(page, 'french.png');

  // A new visit in the same browser opens in French.
  await page.reload();
  await waitForSummary(page, 'coût total 48\u202F660\u00A0€');
  // A broken plan file is refused in French, its reason included; the plan stays as it was.
  const golden = readFileSync(new URL('../data/plan-format-4.roster.json', import.meta.url), 'utf8');
  await dropFile(page, 'truncated.roster.json', golden.slice(0, 300));
  await waitForStatus(page, 'Impossible d’ouvrir le fichier « truncated.roster.json » : Le fichier s’arrête trop tôt');
  assert.match(await page.locator('#roster-status').textContent(), /Rien n’a été modifié\.$/);
  await screenshot(page, 'french-refusal.png');
  await waitForSummary(page, 'coût total 48\u202F660\u00A0€');
  await click(page, 'menu-view');
  await click(page, 'menu-language');
  await click(page, 'menu-language-en');
  await waitForSummary(page, 'total cost €48,660');
  assert.deepEqual(page.errors, []);
  await context.close();
});
