// The workspace in both languages at the window sizes planners use (a 1280×720 laptop, a
// 1920×1080 desktop): every view drawn with a real plan, in screenshots the team looks at
// before a change lands (build/screenshots/layout-*.png). What the test itself checks: the page
// draws, the status and summary speak the chosen language, and nothing errs in the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startBrowser, openPage, click, landmark, nextFrames, screenshot, summary, waitForSummary, distinctColours,
} from './browser.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env.close(); });

const sizes = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
];
const languages = [
  // What the summary for screen readers says of the example in each language.
  { code: 'en', example: 'Workshop — same budget, micro-heavy or macro-heavy', reach: 'Net reach' },
  { code: 'fr', example: 'Atelier — même budget, surtout micro ou surtout macro', reach: 'Couverture nette' },
];

for (const lang of languages) {
  for (const size of sizes) {
    test(`the workspace reads in ${lang.code === 'fr' ? 'French' : 'English'} at ${size.name}: roster, creator, results, charts, comparison`, async () => {
      const context = await env.browser.newContext({ viewport: { width: size.width, height: size.height } });
      await context.addInitScript((code) => localStorage.setItem('roster.language', code), lang.code);
      const page = await openPage(context, env.url);
      await click(page, 'menu-workshop');
      await click(page, 'example-micro-vs-macro');
      await waitForSummary(page, lang.example);
      const rows = await page.evaluate(() => Object.keys(window.rosterLandmarks || {}).filter((k) => k.startsWith('row-')));
      if (rows.length > 0) await click(page, rows[0]);
      await nextFrames(page);
      const prefix = `layout-${lang.code}-${size.name}`;
      const workspace = await screenshot(page, `${prefix}-workspace.png`);
      assert.ok(await distinctColours(page, workspace) > 20, 'the workspace is drawn');

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
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
}
