// The window opens where it was: after a move and a resize the next start has the same size and
// position, read back through WebDriver. A position on a screen that is no longer there is not
// restored (the window would be out of reach); its size is.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoWithCode, freshDataDir, startDriver, targetDir, withApp } from './harness.mjs';
import { sleep } from './webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/**
 * The `window` setting in the data directory's encrypted database (opened with its recovery code),
 * or writes it when `value` is given.
 */
function windowSetting(dataDir, code, value) {
  const r = spawnSync(join(targetDir, 'debug/examples/window_setting'),
    [dataDir, code, ...(value ? [JSON.stringify(value)] : [])], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim() ? JSON.parse(r.stdout) : null;
}

describe('the window', () => {
  it('opens with the size and position it had when the app was last used', async () => {
    const dataDir = freshDataDir();
    const code = demoWithCode(dataDir);
    await withApp(driver, dataDir, 'window-first', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      assert.deepEqual(await app.cmd('GET', '/window/rect'), { x: 0, y: 0, width: 1100, height: 760 });
      await app.cmd('POST', '/window/rect', { x: 60, y: 40, width: 900, height: 650 });
      // Saved as soon as the window has moved: nothing waits for a clean exit.
      for (let i = 0; i < 50 && windowSetting(dataDir, code)?.width !== 900; i++) await sleep(100);
      assert.deepEqual(windowSetting(dataDir, code), { x: 60, y: 40, width: 900, height: 650, maximized: false });
    });
    await withApp(driver, dataDir, 'window-again', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      assert.deepEqual(await app.cmd('GET', '/window/rect'), { x: 60, y: 40, width: 900, height: 650 });
      assert.deepEqual(await app.execute('return [innerWidth, innerHeight]'), [900, 650]);
    });
  });

  it('keeps the size but not a position on a screen that is gone', async () => {
    const dataDir = freshDataDir();
    const code = demoWithCode(dataDir);
    // Saved on a second screen to the right of this 1280×800 one.
    windowSetting(dataDir, code, { x: 2000, y: 100, width: 1000, height: 700, maximized: false });
    await withApp(driver, dataDir, 'window-gone', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      const rect = await app.cmd('GET', '/window/rect');
      assert.deepEqual([rect.width, rect.height], [1000, 700]);
      assert.ok(rect.x >= 0 && rect.x < 1280 && rect.y >= 0 && rect.y < 800, `on screen: ${JSON.stringify(rect)}`);
    });
  });
});
