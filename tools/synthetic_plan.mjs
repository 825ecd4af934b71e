// A plan file of many creators for the browser's benchmarks and tests (tools/ranges_bench.mjs,
// tests/e2e/workers.test.mjs), made from the first creator of the format-5 test plan.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// A plan of `n` creators made from the first creator of the format-5 test plan: followers from
// 1,000 to 100,000 (a campaign of many micro creators), one to four posts, fees that grow with the audience.
export function syntheticPlan(n) {
  const file = JSON.parse(readFileSync(join(root, 'tests/data/plan-format-5.roster.json'), 'utf8'));
  const template = file.plan.creators[0];
  const platforms = ['instagram', 'tiktok', 'youtube'];
  // cereal writes a type's version with its first object only: the copies carry none.
  const unversioned = (value) => {
    if (Array.isArray(value)) return value.map(unversioned);
    if (value && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) if (k !== 'cereal_class_version') out[k] = unversioned(v);
      return out;
    }
    return value;
  };
  file.plan.name = `Benchmark ${n}`;
  file.plan.creators = [];
  let seed = 25;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < n; i++) {
    const c = i === 0 ? JSON.parse(JSON.stringify(template)) : unversioned(template);
    c.id = i + 1;
    c.name = `Creator ${i + 1}`;
    c.handle = `@creator.${i + 1}`;
    c.platform = platforms[i % platforms.length];
    c.followers = Math.round(1000 * Math.pow(100, random()));
    c.deliverables = [{ format: 'short', count: 1 + (i % 4), unit_fee_cents: 5000 + Math.round(c.followers * 2) }];
    if (i === 0) c.deliverables[0] = { cereal_class_version: 1, ...c.deliverables[0] };
    file.plan.creators.push(c);
  }
  return JSON.stringify(file);
}
