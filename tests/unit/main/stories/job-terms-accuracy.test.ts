import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_WORDS } from '../../../../electron/main/stories/job-terms/empty-words';
import { extractJobTerms } from '../../../../electron/main/stories/job-terms/job-terms';

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

const fold = (s: string) => s.toLowerCase().replace(/s\b/g, '').replace(/\s+/g, ' ').trim();
const words = (s: string) => fold(s).split(' ');
/** `a` stands inside `b` as whole words and is at least half of it ("NMC registration" in "current NMC registration"). */
const within = (a: string, b: string) => ` ${fold(b)} `.includes(` ${fold(a)} `) && words(a).length / words(b).length >= 0.5;
/** A labelled term is found when a top term is it, or one holds the other as at least half of its words. */
const found = (label: string, top: string[]) => top.some((t) => fold(t) === fold(label) || within(t, label) || within(label, t));

describe('job terms on the labelled job descriptions', () => {
  const rows = fixtures.map((f) => {
    const top = extractJobTerms(f.text).terms.map((t) => t.term);
    const hits = f.labels.filter((l) => found(l, top.slice(0, 25)));
    const emptyTop15 = top.slice(0, 15).filter((t) => t.split(/\s+/).every((w) => EMPTY_WORDS.has(w.toLowerCase())));
    return { ...f, top, hits: hits.length, emptyTop15: emptyTop15.length };
  });
  const share = (list: typeof rows) => list.reduce((n, r) => n + r.hits, 0) / list.reduce((n, r) => n + r.labels.length, 0);

  it('finds the labelled terms in the top 25 (the issue targets 80%; these floors keep what is reached)', () => {
    for (const r of rows) console.log(`${r.name}: ${r.hits}/${r.labels.length} labelled terms in the top 25`);
    const blind = rows.filter((r) => r.name.startsWith('blind'));
    const seen = rows.filter((r) => !r.name.startsWith('blind'));
    const all = share(rows);
    const tunedOn = share(seen);
    const blindShare = share(blind);
    const heldOut = share(seen.filter((r) => r.name.startsWith('heldout-')));
    const tuned = share(seen.filter((r) => !r.name.startsWith('heldout-')));
    const firstTen = share(rows.filter((r) => FIRST_TEN.includes(r.name)));
    console.log(`job terms: ${(all * 100).toFixed(1)}% of labelled terms in the top 25 on all ${rows.length}`);
    console.log(
      `job terms: the ${blind.length} blind ones (written and labelled by someone who never ran the extractor) ${(blindShare * 100).toFixed(1)}%; the ${seen.length} tuned on ${(tunedOn * 100).toFixed(1)}%`,
    );
    console.log(
      `job terms: the ten held out until round two ${(heldOut * 100).toFixed(1)}%; the twelve others ${(tuned * 100).toFixed(1)}%`,
    );
    console.log(`job terms: the first ten descriptions ${(firstTen * 100).toFixed(1)}%`);
    expect(rows.length).toBeGreaterThanOrEqual(32);
    expect(blind.length).toBeGreaterThanOrEqual(10);
    // Measured after the second round (the blind six measured once, at the end, before any tuning saw them): the 22
    // tuned on 75.0% (336 of 448), the ten once held out 66.5%, the twelve others 82.0%, the first ten 83.2%, the blind
    // six 53.8% (64 of 119). Round three (a lone word of everyday English, by a list of the most used English words,
    // weighs less; chosen on the 22, then the blind six looked at once): the 22 76.1% (341 of 448), the ten once held
    // out 68.0%, the twelve others 82.9%, the first ten 84.6%, the blind six 54.6% (65 of 119). The blind figure is
    // what a new description can expect, and it is far from the 80%. A second blind set (blind2-*, four
    // descriptions written after round three and measured once) found 46.3% (37 of 80): the ten blind together 51.3% (102 of 199).
    // These floors only keep a change from making any of them worse.
    expect(tunedOn).toBeGreaterThanOrEqual(0.76);
    expect(blindShare).toBeGreaterThanOrEqual(0.512);
    expect(heldOut).toBeGreaterThanOrEqual(0.679);
    expect(tuned).toBeGreaterThanOrEqual(0.828);
    expect(firstTen).toBeGreaterThanOrEqual(0.846);
  });

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
