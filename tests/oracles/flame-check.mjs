// Open an sftrace flame graph SVG in headless Chromium (playwright-core
// driving the system browser) and report what a person would see, as
// lines for the shell tests to compare with their own expectations:
//
//   frames N                       drawn frames (<g> in #frames, not hidden)
//   frame D NAME X W               depth, name, rect x and width (px, 1 decimal)
//   pixel NAME ok|bad R,G,B        screenshot colour inside the right end of the
//                                  frame's rect (labels never reach it), compared
//                                  with the rect's fill
//   label NAME TEXT                the visible label ("" when too narrow)
//   title NAME TEXT                the tooltip (first two lines joined by " | ")
// after "--click NAME" (clicks the widest frame of that name, then prints
// "zoomed NAME", the frames again and "parent NAME" for faded ancestors),
// after "--search REGEX" (answers the prompt of the Search button, prints
// "matched TEXT" and "highlight NAME" per magenta frame).
//
// Usage: node flame-check.mjs CHROMIUM FILE.svg SHOT.png [--click NAME] [--search RE]
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [exe, svg, shot, ...rest] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: exe,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(svg).href);
  const size = await page.evaluate(() => [
    +document.documentElement.getAttribute('width'),
    +document.documentElement.getAttribute('height'),
  ]);
  await page.setViewportSize({ width: size[0], height: size[1] });

  async function describe(tag) {
    const frames = await page.evaluate(() =>
      [...document.querySelectorAll('#frames > g')]
        .filter((g) => getComputedStyle(g).display !== 'none')
        .map((g) => {
          const r = g.querySelector('rect');
          return {
            name: g.querySelector('title').textContent.split('\n')[0],
            title: g.querySelector('title').textContent.split('\n').join(' | '),
            depth: +g.getAttribute('fg:d'),
            x: +r.getAttribute('x'),
            y: +r.getAttribute('y'),
            w: +r.getAttribute('width'),
            h: +r.getAttribute('height'),
            fill: r.getAttribute('fill'),
            label: g.querySelector('text').textContent,
            parent: g.classList.contains('parent'),
          };
        }));
    const png = await page.screenshot({ path: shot.replace(/\.png$/, `-${tag}.png`) });
    // Decode the screenshot in the browser itself: a canvas gives pixels.
    const check = await browser.newPage();
    const pixels = await check.evaluate(async ([data, pts]) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + data;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return pts.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)]);
    }, [png.toString('base64'), frames.map((f) => [Math.floor(f.x + f.w - 1.5), Math.floor(f.y + f.h / 2)])]);
    await check.close();
    console.log(`frames ${frames.length}`);
    frames.forEach((f, i) => {
      console.log(`frame ${f.depth} ${f.name} ${f.x.toFixed(1)} ${f.w.toFixed(1)}`);
      console.log(`label ${f.name} ${f.label}`);
      console.log(`title ${f.name} ${f.title}`);
      if (f.parent) console.log(`parent ${f.name}`);
      const want = f.fill.match(/\d+/g).map(Number);
      const got = pixels[i];
      // Faded ancestors are drawn at half opacity over the background.
      const ok = f.parent || want.every((v, k) => Math.abs(v - got[k]) <= 3);
      if (f.w >= 2)
        console.log(`pixel ${f.name} ${ok ? 'ok' : 'bad'} ${got.join(',')}`);
    });
  }

  await describe('initial');
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === '--click') {
      const name = rest[i + 1];
      const box = await page.evaluate((n) => {
        let best = null;
        for (const g of document.querySelectorAll('#frames > g')) {
          if (g.querySelector('title').textContent.split('\n')[0] !== n) continue;
          const r = g.querySelector('rect');
          if (!best || +r.getAttribute('width') > best.w)
            best = { x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width') };
        }
        return best;
      }, name);
      if (!box) {
        console.log(`no frame ${name}`);
        failed = true;
        continue;
      }
      await page.mouse.click(box.x + Math.min(box.w / 2, 20), box.y + 5);
      console.log(`zoomed ${name}`);
      await describe(`zoom-${i}`);
    } else if (rest[i] === '--search') {
      page.once('dialog', (d) => d.accept(rest[i + 1]));
      await page.click('#search');
      const res = await page.evaluate(() => ({
        matched: document.getElementById('matched').textContent,
        names: [...document.querySelectorAll('#frames > g')]
          .filter((g) => g.querySelector('rect').getAttribute('fill') === 'rgb(230,0,230)')
          .map((g) => g.querySelector('title').textContent.split('\n')[0]),
      }));
      console.log(`matched ${res.matched}`);
      for (const n of res.names) console.log(`highlight ${n}`);
    }
  }
  for (const e of errors) {
    console.log(`script error ${e}`);
    failed = true;
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
