// A planner's day without friction (issue 26): the add row takes a format and starts on the
// roster's usual platform, the campaign's numbers sit above the results (ROI says what it needs
// and takes the planner there), and number fields read and show grouped thousands, saying so
// when Escape cancels an edit. Each test drives the page with the mouse and the keys and reads
// the plan back from a downloaded file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  startBrowser, openPage, click, landmark, nextFrames, press, selectAll, status, typeInto, screenshot, waitForStatus,
  waitForSummary,
} from './browser.mjs';
import { addCreator, choose, enterText, openExample, viewport } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

// The open plan as Plan > Download writes it.
async function downloadedPlan(page) {
  const downloading = page.waitForEvent('download');
  await choose(page, 'menu-plan', 'menu-download');
  const download = await downloading;
  return JSON.parse(readFileSync(await download.path(), 'utf8')).plan;
}

// Where a control the app marked is drawn, in CSS pixels, once it is drawn.
async function landmarkRect(page, id) {
  await landmark(page, id);
  return page.evaluate((i) => window.rosterLandmarks[i], id);
}

async function freshPage(options = {}) {
  const { language, ...contextOptions } = options;
  const context = await env.browser.newContext({ viewport, ...contextOptions });
  if (language) await context.addInitScript((code) => localStorage.setItem('roster.language', code), language);
  return { context, page: await openPage(context, env.url) };
}

test('the add row takes a format of the chosen platform, and the next creator starts on the usual platform again', async () => {
  const { context, page } = await freshPage();
  await addCreator(page, 'Ana', { followers: 20000, fee: 300 });

  // Ben on YouTube, as a long video: the format list is YouTube's.
  await click(page, 'add-platform');
  await click(page, 'add-platform-youtube');
  await click(page, 'add-format');
  await landmark(page, 'add-format-long_video');
  assert.equal(await page.evaluate(() => Boolean(window.rosterLandmarks['add-format-story']?.w)), false,
    'YouTube offers no stories: the list does not either');
  await click(page, 'add-format-long_video');
  await addCreator(page, 'Ben', { followers: 150000, fee: 2500 });

  // Cleo: the form is back on Instagram (the roster's first platform among equals). A platform
  // chosen and changed again resets the format to the new platform's main one.
  await click(page, 'add-platform');
  await click(page, 'add-platform-youtube');
  await click(page, 'add-format');
  await click(page, 'add-format-long_video');
  await click(page, 'add-platform');
  await click(page, 'add-platform-instagram');
  await addCreator(page, 'Cleo', { followers: 8000, fee: 150 });

  const plan = await downloadedPlan(page);
  const [ana, ben, cleo] = plan.creators;
  assert.equal(ana.platform, 'instagram');
  assert.equal(ben.platform, 'youtube');
  assert.equal(ben.deliverables[0].format, 'long_video');
  assert.equal(cleo.platform, 'instagram', 'the YouTube of the creator before did not carry over');
  assert.equal(cleo.deliverables[0].format, ana.deliverables[0].format, 'the format went back to Instagram\'s main one');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a new plan shows its campaign above the results, ROI asks for the order value and takes the planner to it', async () => {
  const { context, page } = await freshPage();
  await addCreator(page, 'Ana', { followers: 20000, fee: 300 });
  await landmark(page, 'strip-budget');
  await landmark(page, 'strip-margin');
  // The ROI tile says what it needs; a click puts the cursor in the order value field.
  await click(page, 'result-roi-needs-order-value');
  await page.keyboard.type('45', { delay: 15 });
  await press(page, 'Enter');
  await landmark(page, 'result-roi');
  await screenshot(page, 'workday-campaign-strip.png');
  const plan = await downloadedPlan(page);
  assert.equal(plan.campaign.average_order_value_cents, 4500);
  assert.equal(plan.campaign.gross_margin_ppm, 500000, 'a new plan assumes a 50% margin, not 100%');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('number fields read either language\'s grouping, and Escape says the edit was cancelled', async () => {
  const { context, page } = await freshPage();
  await addCreator(page, 'Ana', { followers: '48,200', fee: '1 200,50' });
  await enterText(page, 'strip-budget', '15 000,00');
  await waitForSummary(page, 'of €15,000.');
  // Typed, then Escape: the field goes back and the status bar says so.
  await click(page, 'strip-budget');
  await selectAll(page);
  await page.keyboard.type('99', { delay: 15 });
  await press(page, 'Escape');
  await waitForStatus(page, 'Edit cancelled');
  await nextFrames(page);
  await screenshot(page, 'workday-grouped-fields-en.png');
  const plan = await downloadedPlan(page);
  assert.equal(plan.campaign.budget_cap_cents, 1500000, 'Escape kept the budget as it was');
  assert.equal(plan.creators[0].followers, 48200);
  assert.equal(plan.creators[0].deliverables[0].unit_fee_cents, 120050);
  await context.close();

  // In French, a value typed the English way still reads.
  const fr = await freshPage({ language: 'fr' });
  await typeInto(fr.page, 'add-name', 'Leon');
  await typeInto(fr.page, 'add-followers', '12 500');
  await typeInto(fr.page, 'add-fee', '2,500.75');
  await click(fr.page, 'add-button');
  await waitForSummary(fr.page, 'Leon');
  await nextFrames(fr.page);
  await screenshot(fr.page, 'workday-grouped-fields-fr.png');
  const planFr = await downloadedPlan(fr.page);
  assert.equal(planFr.creators[0].followers, 12500);
  assert.equal(planFr.creators[0].deliverables[0].unit_fee_cents, 250075);
  assert.deepEqual(fr.page.errors, []);
  await fr.context.close();
});

test('ROI is in view on a 1280×720 laptop, and the workspace follows the window to 1920×1080', async () => {
  const { context, page } = await freshPage();
  await openExample(page, 'example-micro-vs-macro', 'Workshop — same budget, micro-heavy or macro-heavy');
  const tile = await landmarkRect(page, 'result-roi-tile');
  const tileEnd = tile.y + tile.h;
  assert.ok(tileEnd <= 720 - 30, `ROI ends at ${tileEnd}px, above the status bar of a 720px window`);
  // Everything typed in the add row is in view too: the fee and the posts.
  const posts = await landmarkRect(page, 'add-posts');
  const results = await landmarkRect(page, 'tab-summary');
  assert.ok(posts.x + posts.w <= results.x, `the posts field ends at ${posts.x + posts.w}px, left of the results`);
  await screenshot(page, 'workday-1280x720.png');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await nextFrames(page);
  await nextFrames(page);
  const wide = await landmarkRect(page, 'result-roi-tile');
  assert.ok(wide.x > 1920 * 0.55, `the results moved with the window's right edge (ROI starts at ${wide.x}px)`);
  const roster = await landmarkRect(page, 'add-name');
  assert.ok(roster.x < 100, 'the roster stays on the left');
  await screenshot(page, 'workday-1920x1080.png');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('text from an input method or a dead key reaches the field: "Léa" inserted, "René" composed', async () => {
  const { context, page } = await freshPage();
  // Text inserted without key presses, as an IME or an emoji keyboard commits it.
  await click(page, 'add-name');
  await page.keyboard.insertText('Léa');
  await nextFrames(page);
  await typeInto(page, 'add-followers', '12000');
  await click(page, 'add-button');
  await waitForSummary(page, 'Creator “Léa”');

  // A dead key: the accent starts a composition, the letter ends it with "é".
  const cdp = await context.newCDPSession(page);
  await click(page, 'add-name');
  await page.keyboard.type('Ren', { delay: 15 });
  await nextFrames(page);
  await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
  await nextFrames(page);
  await cdp.send('Input.insertText', { text: 'é' });
  await nextFrames(page);
  await typeInto(page, 'add-followers', '9000');
  await click(page, 'add-button');
  await waitForSummary(page, 'Creator “René”');
  assert.ok(!(await page.locator('#roster-summary').textContent()).includes('Creator “Ren”'));
  assert.deepEqual(page.errors, []);
  await context.close();
});

// What a planner does, counted: a click, a key press (Tab, Enter, Escape) or a word typed into
// a field is one interaction each.
function counted(page) {
  const tally = { count: 0 };
  return {
    tally,
    async click(id) { tally.count += 1; await click(page, id); },
    // Held for one frame only: on a loaded machine two slow frames can outlast the key-repeat
    // delay, and a Tab held that long would skip a field.
    async key(key) {
      tally.count += 1;
      await page.keyboard.down(key);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
      await page.keyboard.up(key);
      await nextFrames(page);
    },
    async type(text) { tally.count += 1; await page.keyboard.type(String(text), { delay: 15 }); await nextFrames(page); },
  };
}

test('five creators and a budget from an empty plan take fewer than 40 interactions', async () => {
  const { context, page } = await freshPage();
  const planner = counted(page);
  const creators = [
    { name: 'Ana', followers: '20,000', fee: '300' },
    { name: 'Ben', followers: '150,000', fee: '2,500', platform: 'tiktok' },
    { name: 'Cleo', followers: '8,000', fee: '150' },
    { name: 'Dan', followers: '45,000', fee: '700', platform: 'tiktok' },
    { name: 'Eve', followers: '300,000', fee: '4,000' },
  ];
  await planner.click('add-name');
  for (const c of creators) {
    // A platform picked before the name: the cursor goes back to the name field by itself.
    if (c.platform) {
      await planner.click('add-platform');
      await planner.click(`add-platform-${c.platform}`);
    }
    // The name field has the cursor after each Add; Tab goes on to followers, then to the fee.
    await planner.type(c.name);
    await planner.key('Tab');
    await planner.type(c.followers);
    await planner.key('Tab');
    await planner.type(c.fee);
    await planner.key('Enter');
    await waitForSummary(page, `Creator “${c.name}”`).catch(async (e) => {
      throw new Error(`${c.name} was not added; the status says: ${await status(page)} (${e.message})`);
    });
  }
  await planner.click('strip-budget');  // a click selects the field's "0.00": typing replaces it
  await planner.type('10000');
  await planner.key('Enter');
  await waitForSummary(page, 'of €10,000.');
  console.log(`interactions: ${planner.tally.count}`);
  assert.ok(planner.tally.count < 40, `${planner.tally.count} interactions`);

  const plan = await downloadedPlan(page);
  assert.deepEqual(plan.creators.map((c) => c.name), ['Ana', 'Ben', 'Cleo', 'Dan', 'Eve']);
  assert.deepEqual(plan.creators.map((c) => c.platform), ['instagram', 'tiktok', 'instagram', 'tiktok', 'instagram']);
  assert.deepEqual(plan.creators.map((c) => c.followers), [20000, 150000, 8000, 45000, 300000]);
  assert.equal(plan.creators[1].deliverables[0].unit_fee_cents, 250000);
  assert.deepEqual(page.errors, []);
  await context.close();
});
