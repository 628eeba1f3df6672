// Runs the real `coach` command (node + jiti, as `npm run coach` does) on files in a temp folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/main/coach/cli/coach-cli';

const root = path.resolve(import.meta.dirname, '../../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-coach-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function coach(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'jiti/register', 'electron/main/coach/cli/coach-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

const STORY =
  'Last winter I was a nurse on a busy ward and we had three falls a week. My manager asked me to bring that down. ' +
  'I audited every fall and set up hourly rounds on nights. Within two months falls dropped to one a month.';
const lines = [
  { id: 'story', question: 'Tell me about a time you improved safety.', answer: STORY, durationMs: 70_000 },
  {
    id: 'french',
    question: '',
    answer: 'Je travaillais dans une boulangerie et le four est tombé en panne un samedi matin.',
    durationMs: null,
  },
  { id: 7, question: '', answer: 'We rolled it out to the whole team, and we trained everyone on it.', durationMs: null },
];

describe('npm run coach', { timeout: 120_000 }, () => {
  it('prints one JSON line per answer with exactly the issue’s fields, spans equal to the answer', () => {
    const run = coach(['--json', file('answers.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'))]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const out = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['story', 'french', 7]);
    expect(Object.keys(out[0])).toEqual([
      'id',
      'parts',
      'order',
      'resultHasNumber',
      'pronouns',
      'hedges',
      'fillers',
      'length',
      'advice',
    ]);
    const result = 'Within two months falls dropped to one a month.';
    const at = STORY.indexOf(result);
    expect(out[0].parts.result).toEqual([{ start: at, end: at + result.length, text: result }]);
    expect(out[0]).toMatchObject({ order: 'in-order', resultHasNumber: true, pronouns: { singular: 4, plural: 1 } });
    expect(out[0].length).toEqual({ seconds: 70, source: 'speech', verdict: 'good' });
    expect(out[1].advice).toEqual([]);
  });

  it('without --json prints the remarks as a person reads them', () => {
    const run = coach([file('plain.jsonl', lines.map((l) => JSON.stringify(l)).join('\n'))]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('story\n  Parts: Situation, Task, Action, Result\n');
    expect(run.out).toContain('french\n  The coach reads English only, so it makes no remarks on this answer.');
    expect(run.out).toContain('7\n  Parts: Action; missing: Situation, Task, Result\n');
    expect(run.out).toContain("Your answer ends at 'and we trained everyone on it'. Say what changed");
  });

  it('exits with code 2 and a message for a file that is not there', () => {
    const run = coach(['--json', path.join(dir, 'missing.jsonl')]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`There is no file at ${path.join(dir, 'missing.jsonl')}.\n`);
    expect(run.out).toBe('');
  });

  // The same command in this process (spawning it once per case is slow on a busy machine).
  it('refuses every kind of bad file with a clear message and code 2, printing no reading', () => {
    const cases: [string[], string][] = [
      [[path.join(dir, 'missing.jsonl')], `There is no file at ${path.join(dir, 'missing.jsonl')}.`],
      [[], 'Usage: npm run coach -- [--json] FILE (a file of JSON lines).'],
      [[file('broken.jsonl', `${JSON.stringify(lines[0])}\n{"id": "x", "answer": `)], 'Line 2 is not JSON'],
      [[file('no-id.jsonl', '{"answer": "I did it."}')], 'Line 1: Each line needs an "id".'],
      [[file('number.jsonl', '{"id": 1, "answer": 5}')], 'Line 1: answer:'],
      [
        [file('huge.jsonl', JSON.stringify({ id: 1, answer: 'a'.repeat(100_001) }))],
        'The coach reads answers of up to 100,000 characters.',
      ],
      [[file('empty.jsonl', '\n\n')], 'The file has no answers'],
    ];
    for (const [args, message] of cases) {
      const out: string[] = [];
      const err: string[] = [];
      expect(
        main(
          ['--json', ...args],
          (s) => out.push(s),
          (s) => err.push(s),
        ),
        message,
      ).toBe(2);
      expect(err.join('\n')).toContain(message);
      expect(out).toEqual([]);
    }
  });
});
