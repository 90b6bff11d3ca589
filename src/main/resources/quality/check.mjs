// The studio's browser checks of a running site: axe-core on a list of pages, or Lighthouse on a few.
// Usage: node check.mjs axe|lighthouse <input.json> <output.json>. Progress goes to stdout as
// "progress <n>/<total> <url>"; the result, or {"error": "..."} when the whole run failed, goes to the output file.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Without these Chromium tries to reach the network and stalls on machines without it.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const [mode, inputFile, outputFile] = process.argv.slice(2);
const input = JSON.parse(await readFile(inputFile, 'utf8'));

function firstLine(error) {
  return String((error && error.message) || error).split('\n')[0].slice(0, 300);
}

try {
  const result = mode === 'axe' ? await axe(input) : await lighthouse(input);
  await writeFile(outputFile, JSON.stringify(result));
} catch (error) {
  await writeFile(outputFile, JSON.stringify({ error: firstLine(error) }));
  console.log('failed: ' + firstLine(error));
  process.exitCode = 2;
}

async function axe({ chromePath, urls }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: FLAGS });
  const pages = [];
  try {
    for (const [index, url] of urls.entries()) {
      console.log(`progress ${index + 1}/${urls.length} ${url}`);
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 900 });
        const response = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
        if (response && response.status() >= 400) {
          pages.push({ url, error: `answered ${response.status()}` });
          continue;
        }
        // Evaluated through the DevTools protocol, so a site's content security policy does not stop it.
        await page.evaluate(axeSource);
        const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        pages.push({
          url,
          violations: result.violations.map(violation => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            helpUrl: violation.helpUrl,
            nodes: violation.nodes.length,
            example: violation.nodes.length ? [].concat(violation.nodes[0].target).join(' ') : null,
          })),
        });
      } catch (error) {
        pages.push({ url, error: firstLine(error) });
      } finally {
        await page.close().catch(() => {});
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  return { pages };
}

async function lighthouse({ chromePath, targets }) {
  const { default: run } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...FLAGS] });
  const pages = [];
  try {
    for (const [index, target] of targets.entries()) {
      console.log(`progress ${index + 1}/${targets.length} ${target.url}`);
      try {
        const result = await run(target.url, {
          port: chrome.port, output: 'json', logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result.lhr;
        const score = key => (lhr.categories[key] && lhr.categories[key].score != null)
          ? Math.round(lhr.categories[key].score * 100) : null;
        pages.push({
          url: target.url, kind: target.kind,
          performance: score('performance'), accessibility: score('accessibility'),
          bestPractices: score('best-practices'), seo: score('seo'),
          error: lhr.runtimeError ? lhr.runtimeError.message : null,
        });
      } catch (error) {
        pages.push({ url: target.url, kind: target.kind, error: firstLine(error) });
      }
    }
  } finally {
    await Promise.resolve(chrome.kill()).catch(() => {});
  }
  return { pages };
}
