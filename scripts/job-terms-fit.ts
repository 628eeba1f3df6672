// `npm run job-terms:fit`: fits the job-term ranking's weights on the labelled job descriptions and prints how well
// they rank (fitted on all, and each description left out of its own fit); `-- --write` writes them into
// electron/main/stories/job-terms/term-weights.ts.
import fs from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES } from '../electron/main/stories/job-terms/term-features';
import { fitWeights, labellersAgree, labelShare, leaveOneOut, loadFixtures, topHits } from './job-terms/fit-weights';

const fixtures = loadFixtures();
const all = fitWeights(fixtures);
const loo = leaveOneOut(fixtures);
const groups: [string, (n: string) => boolean][] = [
  ['all', () => true],
  ['blind', (n) => n.startsWith('blind')],
  ['held out', (n) => n.startsWith('heldout')],
  ['first tuned', (n) => !n.startsWith('blind') && !n.startsWith('heldout')],
];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [g, test] of groups) {
  const list = fixtures.filter((f) => test(f.name));
  console.log(
    `${g.padEnd(12)} ${String(list.length).padStart(2)} descriptions: fitted on all ${pct(labelShare(list, (f) => topHits(f, all)))}, left out ${pct(labelShare(list, (f) => loo.get(f.name)!))}`,
  );
}
const agree = labellersAgree(fixtures);
console.log(
  `two labellers, each blind to the other, on ${agree.descriptions} descriptions: ${pct(agree.share)} of one's labels are among the other's`,
);
if (process.argv.includes('--per')) {
  for (const f of fixtures) console.log(`${f.name}: ${topHits(f, all)}/${f.labels.length} (left out: ${loo.get(f.name)})`);
}
console.log(FEATURE_NAMES.map((n, i) => `${n}: ${all[i]!.toFixed(3)}`).join('\n'));
if (process.argv.includes('--write')) {
  const file = path.resolve(import.meta.dirname, '../electron/main/stories/job-terms/term-weights.ts');
  const body = FEATURE_NAMES.map((n, i) => `  ${n}: ${Math.round(all[i]! * 1000) / 1000},`).join('\n');
  const source = fs.readFileSync(file, 'utf8').replace(/(export const WEIGHTS: Features = \{\n)[\s\S]*?(\n\};)/, `$1${body}$2`);
  fs.writeFileSync(file, source);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
