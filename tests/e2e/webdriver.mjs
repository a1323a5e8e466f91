// A small W3C WebDriver client over fetch: just what Baken's end-to-end tests need, so the tests
// have no dependencies beyond Node itself.
import { writeFile } from 'node:fs/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class Session {
  /** Starts the app under tauri-driver; `args` are passed to the app's command line. */
  static async create(driverUrl, application, args = []) {
    const res = await call('POST', `${driverUrl}/session`, {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    return new Session(driverUrl, res.value?.sessionId ?? res.sessionId);
  }

  constructor(driverUrl, id) {
    this.base = `${driverUrl}/session/${id}`;
  }

  cmd(method, path, body) {
    return call(method, `${this.base}${path}`, body).then((r) => r.value);
  }

  /** Ends the session; tauri-driver then closes the app. */
  async quit() {
    await this.cmd('DELETE', '');
  }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  /** Waits until `css` matches an element (the app renders asynchronously). */
  async waitFor(css, { timeout = 20000 } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    while (Date.now() < deadline) {
      try {
        return await this.find(css);
      } catch (e) {
        lastError = e;
        await sleep(100);
      }
    }
    throw new Error(`no element matches ${css} after ${timeout} ms (${lastError?.message})`);
  }

  /**
   * The element matching `css` whose visible text contains `text`. While the page reloads, an
   * element found a moment ago may be gone (stale) or the page itself between documents: that
   * counts as not found yet.
   */
  async findByText(css, text, { timeout = 20000 } = {}) {
    const deadline = Date.now() + timeout;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const els = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
        for (const el of els) {
          if ((await this.text(el[ELEMENT])).includes(text)) return el[ELEMENT];
        }
      } catch (e) {
        lastError = e;
      }
      await sleep(100);
    }
    const why = lastError ? ` (${lastError.message})` : '';
    throw new Error(`no ${css} with text ${JSON.stringify(text)} after ${timeout} ms${why}`);
  }

  click(el) {
    return this.cmd('POST', `/element/${el}/click`, {});
  }

  text(el) {
    return this.cmd('GET', `/element/${el}/text`);
  }

  attribute(el, name) {
    return this.cmd('GET', `/element/${el}/attribute/${name}`);
  }

  /** Types into an element as a keyboard would (key actions work where Send Keys may not). */
  async type(el, text) {
    await this.click(el);
    const actions = [...text].flatMap((c) => [
      { type: 'keyDown', value: c },
      { type: 'keyUp', value: c },
    ]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Puts a file into an `<input type="file">`, as choosing it in the file dialog would. */
  async upload(el, path) {
    await this.cmd('POST', `/element/${el}/value`, { text: path });
  }

  /** Empties a text field as a user would: select all, then Backspace. */
  async clear(el) {
    await this.click(el);
    const keys = ['\uE009', 'a'].map((value) => ({ type: 'keyDown', value }));
    keys.push({ type: 'keyUp', value: 'a' }, { type: 'keyUp', value: '\uE009' });
    keys.push({ type: 'keyDown', value: '\uE003' }, { type: 'keyUp', value: '\uE003' });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keys }] });
    await this.cmd('DELETE', '/actions');
  }

  /**
   * Presses keys on whatever element has focus, one after the other, as a keyboard would. A value
   * is a key (a character or one of `Key`); an array is a chord, pressed together and released in
   * reverse order, e.g. `[Key.Shift, Key.Tab]`.
   */
  async keys(...values) {
    const actions = values.flatMap((v) => {
      const chord = Array.isArray(v) ? v : [v];
      return [
        ...chord.map((value) => ({ type: 'keyDown', value })),
        ...chord.toReversed().map((value) => ({ type: 'keyUp', value })),
      ];
    });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  async screenshot(file) {
    // Let the webview paint what the DOM already shows before the picture is taken.
    await this.cmd('POST', '/execute/async', {
      script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(done));',
      args: [],
    });
    const png = await this.cmd('GET', '/screenshot');
    await writeFile(file, Buffer.from(png, 'base64'));
  }
}

async function call(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new Error(`${method} ${url}: ${res.status} ${v.error ?? ''} ${v.message ?? ''}`.trim());
  }
  return json;
}

/** W3C WebDriver key codes for `Session.keys`. */
export const Key = Object.freeze({
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Escape: '\uE00C',
  Space: '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
});

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
