import type Database from 'better-sqlite3';
import { BUILT_IN_AREAS, OUTCOMES, STAGES } from '../../electron/shared/journal-schemas';
import { createSearchIndexRepo } from '../../electron/main/journal/search-index-repo';

const WORDS = (
  'answer question team project deadline customer manager conflict feedback design system data test release ' +
  'nervous late traffic handshake smile eye contact posture pause example result impact learned salary role ' +
  'culture growth mentor stakeholder priority budget risk scope estimate debug outage incident review process ' +
  'metric dashboard pipeline migration schema latency cache queue retry whiteboard algorithm recursion graph ' +
  'tree sort complexity tradeoff architecture service api client server database index query transaction'
).split(' ');
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne'];

/**
 * Real writing follows Zipf's law: a few words are everywhere, most are rare. Made-up words fill the ranks,
 * and the interview words above sit in the middle ranks, so a search for one of them matches a realistic few percent.
 */
function zipfVocabulary(rand: () => number): { words: string[]; cumulative: number[]; total: number } {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'te', 'vo', 'zu', 'pa', 'di', 'gor', 'lem', 'tin', 'bar', 'qui'];
  const made = new Set<string>();
  while (made.size < 3000)
    made.add(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  const words = [...made];
  words.splice(200, 0, ...WORDS);
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))));
  return { words, cumulative, total };
}

/** A small deterministic generator, so every run seeds the same database. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Seeds `count` interviews with a realistic amount of writing (seven rated areas, three asked questions with key points)
 * straight through SQL, then builds their search rows with the app's own index repo.
 */
export function seedJournal(db: Database.Database, count: number): void {
  const rand = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const vocabulary = zipfVocabulary(rand);
  const word = () => {
    const u = rand() * vocabulary.total;
    let lo = 0;
    let hi = vocabulary.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabulary.cumulative[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary.words[lo];
  };
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const questionIds = db.prepare('SELECT id FROM questions').pluck().all() as number[];
  const insertInterview =
    db.prepare(`INSERT INTO interviews (company, role, held_at, stage, format, outcome, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'video', ?, ?, ?, ?)`);
  const insertTag = db.prepare('INSERT INTO interview_tags (interview_id, tag) VALUES (?, ?)');
  const insertReflection =
    db.prepare(`INSERT INTO reflections (interview_id, area, label, custom, position, rating, went_well, went_badly, updated_at)
    VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)`);
  const insertAsked =
    db.prepare(`INSERT INTO interview_questions (interview_id, question_id, position, answer_given, how_it_went, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const insertPoint = db.prepare('INSERT INTO key_points (interview_question_id, position, text, missed) VALUES (?, ?, ?, 1)');
  const search = createSearchIndexRepo(db);
  const now = new Date().toISOString();

  db.transaction(() => {
    for (let n = 0; n < count; n++) {
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
      const id = Number(
        insertInterview.run(
          pick(COMPANIES),
          `Engineer ${n % 7}`,
          `${day}T${String(9 + (n % 8)).padStart(2, '0')}:00`,
          pick(STAGES),
          pick(OUTCOMES),
          sentence(60),
          now,
          now,
        ).lastInsertRowid,
      );
      insertTag.run(id, pick(['remote', 'onsite', 'startup', 'big-co']));
      BUILT_IN_AREAS.forEach((a, i) =>
        insertReflection.run(id, a.key, a.label, i, 1 + Math.floor(rand() * 5), sentence(12), sentence(12), now),
      );
      for (let q = 0; q < 3; q++) {
        const askedId = Number(
          insertAsked.run(id, pick(questionIds), q, sentence(40), pick(['strong', 'okay', 'fumbled']), now).lastInsertRowid,
        );
        insertPoint.run(askedId, 0, sentence(6));
        insertPoint.run(askedId, 1, sentence(6));
      }
      search.refresh(id);
    }
  })();
}
