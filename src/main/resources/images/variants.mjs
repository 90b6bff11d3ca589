// Writes WebP variants of images for the studio's asset library. Runs as a worker that the studio keeps for a while
// and feeds requests on stdin: a line of JSON {jobs: [{size, raw?: {width, height}, outputs: [{width, path}]}]},
// then the jobs' input bytes one after another (raw RGB pixels, or an image file's bytes). Answers each request
// with one line of JSON: per job the size of each output written, or {error} when that job's input cannot be read.
import sharp from 'sharp';

sharp.cache(false);
// Jobs encoded at once; libvips spreads each over the cores as well.
const PARALLEL = 4;

let chunks = [];
let length = 0;
let header = null;
let working = Promise.resolve();

function take(count) {
  const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
  const taken = all.subarray(0, count);
  const rest = all.subarray(count);
  chunks = rest.length > 0 ? [rest] : [];
  length = rest.length;
  return taken;
}

async function encode(job, input) {
  const source = job.raw
    ? sharp(input, { raw: { width: job.raw.width, height: job.raw.height, channels: 3 } })
    : sharp(input, { limitInputPixels: 40_000_000, failOn: 'error' });
  const outputs = [];
  for (const output of job.outputs) {
    // Effort 0: the illustrations are flat colour, and a site's worth must be encoded in under a minute.
    const info = await source.clone().resize({ width: output.width, withoutEnlargement: true })
      .webp({ quality: 80, effort: 0 }).toFile(output.path);
    outputs.push({ width: info.width, height: info.height, size: info.size });
  }
  return outputs;
}

async function handle(request, body) {
  const inputs = [];
  let offset = 0;
  for (const job of request.jobs) {
    // A copy of its own: sharp given a view into the whole request's buffer works on all of it, fifty times slower.
    inputs.push(Buffer.from(body.subarray(offset, offset + job.size)));
    offset += job.size;
  }
  const results = new Array(request.jobs.length);
  let next = 0;
  async function lane() {
    while (next < request.jobs.length) {
      const index = next++;
      try {
        results[index] = await encode(request.jobs[index], inputs[index]);
      } catch (e) {
        results[index] = { error: String(e && e.message ? e.message : e).slice(0, 300) };
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  process.stdout.write(JSON.stringify(results) + '\n');
}

function pump() {
  for (;;) {
    if (header === null) {
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length);
      chunks = all.length > 0 ? [all] : [];
      const newline = all.indexOf(10);
      if (newline < 0) {
        return;
      }
      header = JSON.parse(take(newline + 1).toString('utf8'));
      header.total = header.jobs.reduce((sum, job) => sum + job.size, 0);
    }
    if (length < header.total) {
      return;
    }
    const request = header;
    const body = take(request.total);
    header = null;
    working = working.then(() => handle(request, body)).catch((e) => {
      process.stdout.write(JSON.stringify({ error: String(e) }) + '\n');
    });
  }
}

process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
  length += chunk.length;
  if (header === null || length >= header.total) {
    pump();
  }
});
process.stdin.on('end', () => working.then(() => process.exit(0)));
