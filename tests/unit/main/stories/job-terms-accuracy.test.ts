import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_WORDS } from '../../../../electron/main/stories/job-terms/empty-words';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';
import { WEIGHTS } from '../../../../electron/main/stories/job-terms/term-weights';
import { asRecord, fitWeights, labelShare, leaveOneOut, loadFixtures } from '../../../../scripts/job-terms/fit-weights';
import { labelFound } from '../../../../scripts/job-terms/label-match';

const root = path.resolve(import.meta.dirname, '../../../..');
const dir = path.join(root, 'tests/fixtures/job-terms');
const fixtures = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: fs.readFileSync(path.join(dir, f), 'utf8'),
    labels: JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.labels.json')), 'utf8')) as string[],
  }));

/** The ten descriptions labelled with the kinds of work before the extractor existed. */
const FIRST_TEN = [
  'finance-accountant',
  'software-backend',
  'nursing-ward',
  'teaching-maths',
  'sales-saas',
  'logistics-warehouse',
  'ngo-programme',
  'hospitality-hotel',
  'heldout-data-analyst',
  'heldout-social-worker',
];

describe('job terms on the labelled job descriptions', () => {
  const rows = fixtures.map((f) => {
    const top = extractJobTerms(f.text).terms.map((t) => t.term);
    const hits = f.labels.filter((l) => labelFound(l, top.slice(0, 25)));
    const emptyTop15 = top.slice(0, 15).filter((t) => t.split(/\s+/).every((w) => EMPTY_WORDS.has(w.toLowerCase())));
    return { ...f, top, hits: hits.length, emptyTop15: emptyTop15.length };
  });
  const share = (list: typeof rows) => list.reduce((n, r) => n + r.hits, 0) / list.reduce((n, r) => n + r.labels.length, 0);

  it('finds the labelled terms in the top 25 (the issue targets 80%; these floors keep what is reached)', () => {
    for (const r of rows) console.log(`${r.name}: ${r.hits}/${r.labels.length} labelled terms in the top 25`);
    const blind = rows.filter((r) => r.name.startsWith('blind'));
    const seen = rows.filter((r) => !r.name.startsWith('blind'));
    const all = share(rows);
    const blindShare = share(blind);
    const heldOut = share(seen.filter((r) => r.name.startsWith('heldout-')));
    const firstTuned = share(seen.filter((r) => !r.name.startsWith('heldout-')));
    const firstTen = share(rows.filter((r) => FIRST_TEN.includes(r.name)));
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`job terms: ${pct(all)} of labelled terms in the top 25 on all ${rows.length}`);
    console.log(
      `job terms (all fitted on): the ${blind.length} written blind ${pct(blindShare)}, the ten once held out ${pct(heldOut)}, the twelve first tuned on ${pct(firstTuned)}, the first ten ${pct(firstTen)}`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(68);
    expect(blind.length).toBeGreaterThanOrEqual(46);
    // Measured with the fitted ranking (round seven, the weights fitted on all 68, so every set here is now tuned on):
    // all 68.0%, the 46 written blind 64.3%, the ten once held out 68.9%, the twelve first tuned on 81.6%, the first ten
    // 84.8%. The 80% is met on the first twelve only. What a new description can expect is lower: the blind7
    // and blind8 twelve, measured once before they joined the fit, 54.0%; two labellers blind to each other agree on
    // 85.6% of their labels there (see the fixtures' README). These floors keep a change from making any set worse.
    // Round seven (whole qualification and law titles, "etc." no longer ends a sentence) gained on every set but the
    // first twelve, which lost two labels in the refit (ngo-programme 16 to 15 of 20, hr-generalist 15 to 14 of 19).
    expect(all).toBeGreaterThanOrEqual(0.679);
    expect(blindShare).toBeGreaterThanOrEqual(0.642);
    expect(heldOut).toBeGreaterThanOrEqual(0.688);
    expect(firstTuned).toBeGreaterThanOrEqual(0.815);
    expect(firstTen).toBeGreaterThanOrEqual(0.848);
  });

  it('ranks by the weights the fit gives on these descriptions, and says what a description left out of the fit can expect', () => {
    const fixtures = loadFixtures();
    const fitted = asRecord(fitWeights(fixtures));
    // term-weights.ts is written by `npm run job-terms:fit -- --write` (rounded to three places): a change to the
    // features or the fixtures without a new fit fails here.
    for (const [name, weight] of Object.entries(fitted))
      expect(WEIGHTS[name as keyof typeof WEIGHTS], name).toBeCloseTo(weight, 2);
    const loo = leaveOneOut(fixtures);
    const left = labelShare(fixtures, (f) => loo.get(f.name)!);
    const blindLeft = labelShare(
      fixtures.filter((f) => f.name.startsWith('blind')),
      (f) => loo.get(f.name)!,
    );
    console.log(
      `job terms, each description ranked by weights fitted without it: all ${(left * 100).toFixed(1)}%, blind ${(blindLeft * 100).toFixed(1)}%`,
    );
    // Measured at round seven: 67.3% on all 68, 63.3% on the 46 written blind. The features were chosen with this
    // figure in view, so it is kinder than a truly new description (the blind7 and blind8 twelve, measured once, 54.0%).
    expect(left).toBeGreaterThanOrEqual(0.672);
    expect(blindLeft).toBeGreaterThanOrEqual(0.632);
  }, 120_000);

  it('puts at most one in ten of the top 15 that is made only of words that say nothing', () => {
    for (const r of rows) expect(r.emptyTop15, r.name).toBeLessThanOrEqual(1);
  });

  it('keeps terms with symbols whole and as written', () => {
    const software = rows.find((r) => r.name === 'software-backend')!.top.slice(0, 25);
    expect(software).toEqual(expect.arrayContaining(['Node.js', 'PostgreSQL', 'OAuth 2.0', 'HL7 FHIR']));
    const finance = rows.find((r) => r.name === 'finance-accountant')!.top.slice(0, 25);
    expect(finance).toEqual(expect.arrayContaining(['IFRS 16', 'S/4HANA', 'Power BI']));
    const sample = extractJobTerms('Requirements\n• C++ and C# on .NET\n• CI/CD with GitHub Actions\n• FP&A reporting\n');
    expect(sample.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['C++', 'C#', '.NET', 'CI/CD', 'FP&A']));
  });
});

describe('job terms on bad input', () => {
  it('reads a pasted PDF: bullets, words hyphenated at a line end, lines broken mid-sentence', () => {
    const pdf =
      'Duties\n● Prepare balance sheet recon-\nciliations every month\n● Own the month-end\nclose process\n▪ Build Power BI dashboards';
    const terms = extractJobTerms(pdf).terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['balance sheet reconciliations', 'Power BI']));
    expect(terms.some((t) => /month-end close/.test(t))).toBe(true);
  });

  it('says a description in another language is read in English only, and names no terms', () => {
    const nyanja =
      'Tikufuna munthu wodziwa ntchito ya zachuma. Muyenera kukhala ndi digiri ndipo mudziwe kugwiritsa ntchito makompyuta.';
    expect(extractJobTerms(nyanja)).toEqual({ terms: [], skipped: 'not-english' });
    const french =
      'Nous recherchons un comptable expérimenté pour rejoindre notre équipe. Vous préparerez les clôtures mensuelles et les états financiers.';
    expect(extractJobTerms(french)).toEqual({ terms: [], skipped: 'not-english' });
  });

  it('says there is nothing to read in empty text', () => {
    expect(extractJobTerms('  \n • \n')).toEqual({ terms: [], skipped: 'empty' });
  });

  it('refuses more than 100,000 characters with a message that says what to paste', () => {
    expect(() => extractJobTerms('Excel. '.repeat(15_000))).toThrow(/up to 100,000 characters: paste the part with the duties/);
  });

  it('reads a long description (about 90,000 characters) in one go', () => {
    const long = fixtures
      .map((f) => f.text)
      .join('\n\n')
      .repeat(6)
      .slice(0, 90_000);
    const started = performance.now();
    const result = extractJobTerms(long);
    expect(result.terms.length).toBeGreaterThan(25);
    console.log(`90,000 characters read in ${Math.round(performance.now() - started)} ms`);
  }, 120_000);
});

describe('npm run job-terms', () => {
  it('prints one JSON object of terms, best first, from a plain-text file', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'jiti/register',
        'electron/main/stories/job-terms/cli/job-terms-cli.ts',
        '--json',
        path.join(dir, 'nursing-ward.txt'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const parsed = JSON.parse(out) as { terms: { term: string; weight: number; kind: string }[] };
    expect(Object.keys(parsed)).toEqual(['terms']);
    expect(parsed.terms[0]).toEqual({
      term: expect.any(String),
      weight: 1,
      kind: expect.stringMatching(/^(skill|tool|qualification|duty)$/),
    });
    const weights = parsed.terms.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(parsed.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['NEWS2', 'electronic patient record']));
  }, 120_000);
});
