// Scenarios as a workshop uses them: compare likes visible and hidden side by side, switch
// scenarios from their tabs, make a new one, move it with a what-if lever and keep the result,
// undo, and step through the scenarios in the presentation view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, summary, status, waitForSummary, click, screenshot, distinctColours, landmark, dropFile,
  waitForStatus, press,
} from './browser.mjs';
import {
  choose, enterText, figure, openExample, testData, undo, viewport, waitForSummaryToMatch,
} from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

test('a workshop compares likes visible and hidden, switches scenario and makes a new one moved by a what-if lever', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-hidden-likes', 'Workshop — hiding like counts on Instagram');
  await waitForSummary(page, 'scenario “Likes hidden” (2 of 2)');

  // Side by side: the hidden-likes scenario has fewer likes than the visible one.
  await click(page, 'scenario-compare');
  await waitForSummary(page, 'Comparing scenarios “Likes visible” and “Likes hidden” (changes against “Likes visible”)');
  const comparison = (await summary(page)).split('\n').find((l) => l.startsWith('Comparing'));
  const likes = comparison.match(/ likes ([\d,]+) and ([\d,]+) \(−([\d.]+)%\)/);
  assert.ok(likes, `likes are compared with a fall: ${comparison}`);
  assert.ok(figure(likes[2]) < figure(likes[1]));
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
  await enterText(page, 'scenario-name-field', 'Twice the posts');
  await waitForSummary(page, 'scenario “Twice the posts” (2 of 3)');
  const before = await summary(page);
  const posts = Number(before.match(/Creator “Nano — plant care”: [^\n]*?, (\d+) posts?/)[1]);

  // What if: the posts lever typed to 200% (Ctrl+click makes an ImGui slider a text field).
  await click(page, 'scenario-what-if');
  await enterText(page, 'what-if-posts', '200', ['Control']);
  await page.waitForTimeout(300);
  await screenshot(page, 'what-if.png');
  await click(page, 'what-if-apply');
  await waitForSummary(page, `Creator “Nano — plant care”: `);
  await waitForSummaryToMatch(page, new RegExp(`Creator “Nano — plant care”: [^\\n]*?, ${posts * 2} posts? for`));

  // Undo takes the lever's change back in one step; the scenario stays.
  await click(page, 'tab-summary');
  await undo(page);
  await waitForSummaryToMatch(page, new RegExp(`Creator “Nano — plant care”: [^\\n]*?, ${posts} posts? for`));
  await waitForSummary(page, 'scenario “Twice the posts” (2 of 3)');
  await screenshot(page, 'scenario-bar.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the presentation view steps through the scenarios in large type and Escape leaves it', async () => {
  const context = await env.browser.newContext({ viewport });
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
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');
  await waitForSummary(page, 'total cost €48,660');
  await choose(page, 'menu-view', 'menu-language', 'menu-language-fr');
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
  await dropFile(page, 'truncated.roster.json', testData('bad/02-truncated.roster.json'));
  await waitForStatus(page, 'Impossible d’ouvrir le fichier « truncated.roster.json » : Le fichier s’arrête trop tôt');
  assert.match(await status(page), /Rien n’a été modifié\.$/);
  await screenshot(page, 'french-refusal.png');
  await waitForSummary(page, 'coût total 48\u202F660\u00A0€');
  await choose(page, 'menu-view', 'menu-language', 'menu-language-en');
  await waitForSummary(page, 'total cost €48,660');
  assert.deepEqual(page.errors, []);
  await context.close();
});
