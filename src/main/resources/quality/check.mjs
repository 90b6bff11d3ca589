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

// Lighthouse's performance score moves by a few points from one run to the next on the same page, so each page is
// run `runs` times and each category's median counts; the timings shown are those of the median performance run.
async function lighthouse({ chromePath, targets, runs = 1 }) {
  const { default: run } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...FLAGS] });
  const pages = [];
  const total = targets.length * runs;
  try {
    for (const [index, target] of targets.entries()) {
      const results = [];
      let error = null;
      for (let attempt = 0; attempt < runs; attempt++) {
        console.log(`progress ${index * runs + attempt + 1}/${total} ${target.url}`);
        try {
          const { lhr } = await run(target.url, {
            port: chrome.port, output: 'json', logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          if (lhr.runtimeError) {
            error = lhr.runtimeError.message;
          } else {
            results.push(scoresOf(lhr));
          }
        } catch (failure) {
          error = firstLine(failure);
        }
      }
      pages.push(results.length ? { url: target.url, kind: target.kind, ...medianOf(results) }
        : { url: target.url, kind: target.kind, error });
    }
  } finally {
    await Promise.resolve(chrome.kill()).catch(() => {});
  }
  return { pages };
}

function scoresOf(lhr) {
  const score = key => (lhr.categories[key] && lhr.categories[key].score != null)
    ? Math.round(lhr.categories[key].score * 100) : null;
  const metric = key => (lhr.audits[key] && typeof lhr.audits[key].numericValue === 'number')
    ? lhr.audits[key].numericValue : null;
  return {
    performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    metrics: {
      firstContentfulPaintMs: rounded(metric('first-contentful-paint')),
      largestContentfulPaintMs: rounded(metric('largest-contentful-paint')),
      totalBlockingTimeMs: rounded(metric('total-blocking-time')),
      cumulativeLayoutShift: metric('cumulative-layout-shift') == null ? null
        : Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      speedIndexMs: rounded(metric('speed-index')),
    },
  };
}

function rounded(value) {
  return value == null ? null : Math.round(value);
}

function medianOf(results) {
  const median = key => {
    const values = results.map(result => result[key]).filter(value => value != null).sort((a, b) => a - b);
    return values.length ? values[Math.floor((values.length - 1) / 2)] : null;
  };
  const performance = median('performance');
  const typical = results.find(result => result.performance === performance) || results[0];
  return {
    performance, accessibility: median('accessibility'), bestPractices: median('bestPractices'), seo: median('seo'),
    metrics: typical.metrics,
  };
}
