// The workspace in both languages at the window sizes planners use (a 1280×720 laptop, a
// 1440×900 one, a 1920×1080 desktop): every view drawn with a real plan — the roster, each of a creator's tabs,
// the results' tabs, the assumptions window, what-if, the comparison, the presentation, the
// plans in this browser and a spreadsheet's import preview — in screenshots the team looks at
// before a change lands (build/screenshots/layout-*.png). What the test itself checks: the page
// draws, the status and summary speak the chosen language, and nothing errs in the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, click, landmark, nextFrames, screenshot, summary, distinctColours,
  dropFile, press,
} from './browser.mjs';
import { openExample } from './planner.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const sizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1920x1080', width: 1920, height: 1080 },
];
const languages = [
  // What the summary for screen readers says of the example in each language.
  { code: 'en', example: 'Workshop — same budget, micro-heavy or macro-heavy', reach: 'Net reach' },
  { code: 'fr', example: 'Atelier — même budget, surtout micro ou surtout macro', reach: 'Couverture nette' },
];

// A shortlist as an influencer tool exports it, long names and French numbers included.
const sheet = [
  'Nom;Compte;Réseau;Abonnés;Taux d\'engagement;Tarif;Pays',
  'Léa Dubois-Martinez;@lea.cuisine.du.dimanche;Instagram;48 200;3,4 %;1 200,00 €;FR',
  'Tom Bernard;@tom.velo;TikTok;1,2 M;5,1 %;4 500 €;BE',
  'Chloé Nguyen;@chloe.fait.du.yoga;YouTube;312 000;2,2 %;6 800 €;FR',
].join('\r\n');

for (const lang of languages) {
  for (const size of sizes) {
    test(`the workspace reads in ${lang.code === 'fr' ? 'French' : 'English'} at ${size.name}: roster, creator, results, charts, comparison`, async () => {
      const context = await env.browser.newContext({ viewport: { width: size.width, height: size.height } });
      await context.addInitScript((code) => localStorage.setItem('roster.language', code), lang.code);
      const page = await openPage(context, env.url);
      await openExample(page, 'example-micro-vs-macro', lang.example);
      const rows = await page.evaluate(() => Object.keys(window.rosterLandmarks || {}).filter((k) => k.startsWith('row-')));
      if (rows.length > 0) await click(page, rows[0]);
      await nextFrames(page);
      const prefix = `layout-${lang.code}-${size.name}`;
      const workspace = await screenshot(page, `${prefix}-workspace.png`);
      assert.ok(await distinctColours(page, workspace) > 20, 'the workspace is drawn');

      for (const tab of ['audience', 'overlaps', 'projection']) {
        await click(page, `creator-tab-${tab}`);
        await nextFrames(page);
        await screenshot(page, `${prefix}-creator-${tab}.png`);
      }
      await click(page, 'creator-tab-deal');

      await click(page, 'tab-charts');
      await nextFrames(page);
      await screenshot(page, `${prefix}-charts.png`);
      await click(page, 'tab-by-creator');
      await nextFrames(page);
      await screenshot(page, `${prefix}-by-creator.png`);

      await click(page, 'scenario-compare');
      await landmark(page, 'compare-tab-figures');
      await nextFrames(page);
      await screenshot(page, `${prefix}-comparison.png`);
      assert.ok((await summary(page)).includes(lang.reach), `the summary speaks ${lang.code}`);
      await click(page, 'scenario-compare');

      await click(page, 'menu-view');
      await click(page, 'menu-assumptions');
      await nextFrames(page);
      await screenshot(page, `${prefix}-assumptions.png`);
      await click(page, 'menu-view');
      await click(page, 'menu-assumptions');

      await click(page, 'scenario-what-if');
      await landmark(page, 'what-if-apply');
      await nextFrames(page);
      await screenshot(page, `${prefix}-what-if.png`);
      await click(page, 'scenario-what-if');

      await click(page, 'scenario-present');
      await landmark(page, 'presentation-reach');
      await nextFrames(page);
      await screenshot(page, `${prefix}-presentation.png`);
      await press(page, 'Escape');

      await click(page, 'menu-plan');
      await click(page, 'menu-library');
      await nextFrames(page);
      await screenshot(page, `${prefix}-library.png`);
      await click(page, 'menu-plan');
      await click(page, 'menu-library');

      await dropFile(page, 'shortlist.csv', sheet, 'text/csv');
      await landmark(page, 'import-confirm');
      await nextFrames(page);
      await screenshot(page, `${prefix}-import.png`);
      await click(page, 'import-cancel');
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
}
