// The workspace as a planner uses it every day: workshop examples, the hidden-likes switch in the
// assumptions window, multi-select with a bulk edit undone in one step, and the charts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, summary, waitForSummary, click, typeInto, screenshot, distinctColours, nextFrames, paste,
  waitForStatus, selectAll, press,
} from './browser.mjs';
import {
  choose, enterText, figure, openExample, pageWithSavedPlan, testData, undo, viewport, waitForSummaryToMatch,
} from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

const totalLikes = async (page) => figure((await summary(page)).match(/, likes ([\d,]+), clicks/)[1]);
const totalEngagements = async (page) => figure((await summary(page)).match(/engagements ([\d,]+), likes/)[1]);

// Waits until the summary's total likes differ from, or equal, `than`.
async function waitForLikes(page, relation, than) {
  await page.waitForFunction(([rel, n]) => {
    const m = document.getElementById('roster-summary').textContent.match(/, likes ([\d,]+), clicks/);
    if (!m) return false;
    const likes = Number(m[1].replace(/,/g, ''));
    return rel === 'equals' ? likes === n : likes !== n;
  }, [relation, than]);
}

test('showing like counts again in the hidden-likes example raises likes, and undo hides them again', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-hidden-likes', 'Workshop — hiding like counts on Instagram');
  const hiddenLikes = await totalLikes(page);
  const hiddenEngagements = await totalEngagements(page);

  await choose(page, 'menu-view', 'menu-assumptions');
  await screenshot(page, 'assumptions-window.png');
  await click(page, 'likes-hidden-instagram');
  await waitForLikes(page, 'differs', hiddenLikes);
  const shownLikes = await totalLikes(page);
  assert.ok(shownLikes > hiddenLikes, `likes with counts shown (${shownLikes}) exceed likes hidden (${hiddenLikes})`);
  assert.ok(await totalEngagements(page) > hiddenEngagements);

  // Ctrl+Z outside any field goes back to hidden counts.
  await click(page, 'tab-summary');
  await undo(page);
  await waitForLikes(page, 'equals', hiddenLikes);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a planner selects three creators with Shift+click, sets their posts at once, and undoes it in one step', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');
  assert.match(await summary(page), /Creator “Micro creator 01”: [^\n]*, 2 posts/);

  await click(page, 'row-1');
  await click(page, 'row-3', ['Shift']);
  await typeInto(page, 'bulk-posts', '5');
  await click(page, 'bulk-set-posts');
  await waitForSummaryToMatch(page, ...['01', '02', '03'].map((n) => new RegExp(`Micro creator ${n}”: [^\\n]*, 5 posts`)));
  const text = await summary(page);
  assert.match(text, /Micro creator 04”: [^\n]*, 2 posts/, 'a creator outside the selection keeps its posts');
  await screenshot(page, 'bulk-edit.png');

  await choose(page, 'menu-edit', 'menu-undo');
  await waitForSummaryToMatch(page, ...['01', '02', '03'].map((n) => new RegExp(`Micro creator ${n}”: [^\\n]*, 2 posts`)));
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the charts tab draws the budget split, reach build-up, distributions, heatmap and tornado', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-ai-assistant-launch', 'Workshop — AI assistant launch');
  await click(page, 'row-2');
  await click(page, 'tab-charts');
  // The ranges and the sensitivity ranking fill in over a few hundred milliseconds.
  await page.waitForTimeout(2500);
  const shot = await screenshot(page, 'charts.png');
  assert.ok(await distinctColours(page, shot) > 200, 'the charts are drawn');
  await click(page, 'tab-by-creator');
  await screenshot(page, 'results-by-creator.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a row of overlaps pasted from an audience tool is stated in one step, and a wrong name changes nothing', async () => {
  const context = await env.browser.newContext({ viewport });
  const page = await openPage(context, env.url);
  await openExample(page, 'example-ai-assistant-launch', 'Workshop — AI assistant launch');
  const reachOf = (s) => figure(s.match(/reach ([\d,]+) people after audience overlap/)[1]);
  const before = reachOf(await summary(page));
  await click(page, 'row-3');  // Campus vlogger
  await click(page, 'creator-tab-overlaps');

  // A name the plan does not have: a message, and the plan as it was.
  await click(page, 'overlap-row');
  await paste(page, 'Nobody here 30%');
  await nextFrames(page);
  await click(page, 'overlap-row-apply');
  await waitForStatus(page, 'Overlaps not changed: No creator called “Nobody here” in the plan');
  assert.equal(reachOf(await summary(page)), before);

  await click(page, 'overlap-row');
  await selectAll(page);  // what the refused row left in the field
  await paste(page, 'Lifestyle creator (12M) 90%\nProductivity creator: 80 %');
  await nextFrames(page);
  await nextFrames(page);
  await press(page, 'Enter');
  await page.waitForFunction((n) => {
    const m = document.getElementById('roster-summary').textContent.match(/reach ([\d,]+) people after audience overlap/);
    return m && Number(m[1].replace(/,/g, '')) !== n;
  }, before);
  await screenshot(page, 'overlap-row.png');
  const after = reachOf(await summary(page));
  assert.ok(after < before, `stating overlaps far above the estimates lowers the net reach (${before} -> ${after})`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

// A roster of `n` creators made from the golden plan file's second creator (the first keeps the
// file's class versions, which cereal writes once per type).
function largePlan(n) {
  const file = JSON.parse(testData('plan-format-4.roster.json'));
  const model = file.plan.creators[1];
  for (let i = file.plan.creators.length; i < n; ++i) {
    const c = structuredClone(model);
    c.id = 10_000 + i;
    c.name = `Creator ${i}`;
    c.handle = `@creator${i}`;
    c.followers = 5_000 + ((i * 7_919) % 400_000);
    file.plan.creators.push(c);
  }
  file.plan.other_scenarios = [];
  file.plan.scenario_position = 0;
  file.plan.campaign.target_universe = 60_000_000;  // room for every creator to add people
  return JSON.stringify(file);
}

// A page whose browser storage holds a plan of `n` creators (largePlan), opened and projected.
async function openLargePlan(n) {
  const { context, page } = await pageWithSavedPlan(env, largePlan(n));
  await waitForSummary(page, `${n} creators`);
  return { context, page };
}

const netReach = (text) => figure(text.match(/, reach ([\d,]+) people after audience overlap/)[1]);

test('in a plan of 800 creators, removing one lowers the net reach, which settles over a few frames', async () => {
  const { context, page } = await openLargePlan(800);
  const before = netReach(await summary(page));

  // A creator outside the file's stated pair, so that only the creator leaves the plan.
  await click(page, 'remove-10002');
  // The summary is written once the projection of the edit is complete.
  await waitForSummary(page, '799 creators');
  const after = netReach(await summary(page));
  assert.ok(after > 0 && after < before, `net reach without a creator (${after}) is below the reach with (${before})`);
  const progress = await page.evaluate(() => window.rosterLandmarks['projection-progress']);
  assert.ok(!progress || progress.w === 0, 'no progress bar once the net reach is final');
  await screenshot(page, 'large-plan-after-edit.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('in a plan of 800 creators, a new fee is final in the frame that applies it: same net reach, no progress bar', async () => {
  const { context, page } = await openLargePlan(800);
  const cost = (text) => text.match(/, total cost ([^,]+(?:,\d{3})*(?:\.\d+)?[^,]*), impressions/)[1];
  const before = await summary(page);

  await click(page, 'row-1');  // the file's paid creator (the copies are earned: no fee)
  await nextFrames(page);
  // From here on, every animation frame notes whether the results showed the overlap progress bar.
  await page.evaluate(() => {
    window.sawOverlapProgress = false;
    const watch = () => {
      const p = window.rosterLandmarks && window.rosterLandmarks['projection-progress'];
      if (p && p.w > 0) window.sawOverlapProgress = true;
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await enterText(page, 'deliverable-fee-0', '12345');
  await page.waitForFunction((b) => document.getElementById('roster-summary').textContent !== b, before,
                             { timeout: 10_000 });
  await nextFrames(page);
  const after = await summary(page);
  assert.notEqual(cost(after), cost(before), 'the total cost follows the new fee');
  // A fee moves no one's audience: the last net reach still holds and is reused whole.
  assert.equal(netReach(after), netReach(before));
  assert.equal(await page.evaluate(() => window.sawOverlapProgress), false,
               'the net reach was never shown as updating');
  assert.deepEqual(page.errors, []);
  await context.close();
});
