// A browser that cannot run Roster gets a plain explanation, not a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, screenshot } from './browser.mjs';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

async function problemShown(removeFeature) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 600 } });
  await context.addInitScript(removeFeature);
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForSelector('#problem:not([hidden])', { timeout: 10_000 });
  const text = await page.locator('#problem-text').textContent();
  const loaderVisible = await page.locator('#loading').isVisible();
  return { page, context, text, loaderVisible };
}

test('without WebAssembly the page says Roster needs it', async () => {
  const { page, context, text, loaderVisible } = await problemShown(() => { delete window.WebAssembly; });
  assert.match(text, /needs WebAssembly/);
  assert.equal(loaderVisible, false);
  await screenshot(page, 'no-webassembly.png');
  await context.close();
});

test('a browser whose WebAssembly lacks SIMD is told it is too old, and which versions will do', async () => {
  const { page, context, text, loaderVisible } = await problemShown(() => {
    const validate = WebAssembly.validate;
    // As a browser from before 2021: the SIMD probe (its only SIMD opcode prefix, 0xfd) is refused.
    WebAssembly.validate = (bytes) => !new Uint8Array(bytes).includes(0xfd) && validate(bytes);
  });
  assert.match(text, /too old for Roster/);
  assert.match(text, /Safari since 16\.4/);
  assert.equal(loaderVisible, false);
  await screenshot(page, 'no-simd.png');
  await context.close();
});

test('without WebGL2 the page says Roster draws with it', async () => {
  const { context, text } = await problemShown(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  assert.match(text, /draws with WebGL2/);
  await context.close();
});

test('a planner who chose French reads the explanation in French', async () => {
  const { page, context, text } = await problemShown(() => {
    localStorage.setItem('roster.language', 'fr');
    delete window.WebAssembly;
  });
  assert.match(text, /Roster a besoin de WebAssembly/);
  assert.equal(await page.locator('#problem-title').textContent(), 'Roster ne peut pas fonctionner ici');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await context.close();
});
