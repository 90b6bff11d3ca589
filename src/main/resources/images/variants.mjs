// Writes WebP variants of images for the studio's asset library. Argument: a JSON file listing jobs,
// each {input, raw?: {width, height}, outputs: [{width, path}]}. Prints, per job, the size of each output.
import sharp from 'sharp';
import fs from 'node:fs';

const jobs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
sharp.cache(false);
const results = await Promise.all(jobs.map(async (job) => {
  // Raw pixels are read by sharp from a buffer only.
  const source = job.raw
    ? sharp(fs.readFileSync(job.input), { raw: { width: job.raw.width, height: job.raw.height, channels: 3 } })
    : sharp(job.input, { limitInputPixels: 40_000_000 });
  const outputs = [];
  for (const output of job.outputs) {
    // Effort 0: the illustrations are flat colour, and a site's worth must be encoded in under a minute.
    const info = await source.clone().resize({ width: output.width, withoutEnlargement: true })
      .webp({ quality: 80, effort: 0 }).toFile(output.path);
    outputs.push({ width: info.width, height: info.height, size: info.size });
  }
  return outputs;
}));
process.stdout.write(JSON.stringify(results));
