import { z } from 'zod';
import { FOLLOWUP_KINDS, FOLLOWUP_STATUSES, IMPRESS_FORMS, SEND_WINDOWS, VERSION_SOURCES } from './followups-schemas';
import {
  BAD_KINDS,
  FORMATS,
  HOW_IT_WENT,
  OUTCOMES,
  QUESTION_CATEGORIES,
  QUESTION_SOURCES,
  STAGES,
  areaKeySchema,
} from './journal-schemas';
import { MAX_MODEL_PART } from './model-answers-schemas';
import { PLAN_ITEM_STATUSES } from './plan-schemas';
import { GRADES, sessionSourceSchema } from './practice-schemas';
import { MAX_ADDED_TERMS, MAX_JOB_TEXT_CHARS, MAX_STORY_PART, MAX_STORY_TAGS, STORY_ORIGIN_KINDS } from './stories-schemas';
import { isRealDateTime } from './dates';
import {
  plannedQuestionsColumn,
  speechFiguresColumn,
  speechSpansColumn,
  stringListColumn,
  timedWordsColumn,
} from './json-columns';
import { MAX_TEXT } from './text-limits';

/** The export file's `format` field: anything else is not a Debrief export. */
export const EXPORT_FORMAT = 'debrief-export';
/** The newest export format this version writes and reads; a file with a higher number is refused. */
export const EXPORT_VERSION = 1;
/** The file name inside a folder export. */
export const EXPORT_JSON_NAME = 'debrief-export.json';

/**
 * Every table of the person's data, in the order rows are written on import (parents before children) and in the
 * order the file lists them. Left out: the full-text indexes (derived, rebuilt on import), app_meta and
 * schema_migrations (facts about one data folder, not the person's data).
 */
export const EXPORT_TABLES = [
  'questions',
  'interviews',
  'interviewers',
  'interview_tags',
  'reflections',
  'interview_questions',
  'key_points',
  'missed_points',
  'missed_point_dismissals',
  'practice_sessions',
  'attempts',
  'review_items',
  'recordings',
  'settings',
  'followup_plans',
  'followups',
  'followup_versions',
  'followup_checklist_items',
  'plan_items',
  'plan_note',
  'plan_dismissed',
  'speech_audio',
  'speech_transcripts',
  'speech_prefs',
  'model_answers',
  'stories',
  'story_questions',
  'job_descriptions',
] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The schema version that created each table: a file from before it may leave the table out. */
export const TABLE_SINCE: Record<ExportTable, number> = {
  questions: 2,
  interviews: 2,
  interviewers: 2,
  interview_tags: 2,
  reflections: 2,
  interview_questions: 2,
  key_points: 2,
  missed_points: 8,
  missed_point_dismissals: 8,
  practice_sessions: 3,
  attempts: 3,
  review_items: 3,
  recordings: 3,
  settings: 4,
  followup_plans: 4,
  followups: 4,
  followup_versions: 4,
  followup_checklist_items: 4,
  plan_items: 5,
  plan_note: 5,
  plan_dismissed: 5,
  speech_audio: 6,
  speech_transcripts: 6,
  speech_prefs: 6,
  model_answers: 12,
  stories: 14,
  story_questions: 14,
  job_descriptions: 14,
};

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const int = z.number().int();
const count = z.number().int().min(0);
const bit = z.union([z.literal(0), z.literal(1)], { error: 'Must be 0 or 1.' });
const text = (max = MAX_TEXT) => z.string().max(max);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** A moment as the app stores it (UTC, ISO 8601). */
const instant = z
  .string()
  .refine((v) => ISO.test(v) && !Number.isNaN(Date.parse(v)), 'Must be a UTC time like 2026-03-01T09:30:00.000Z.');
/** A local date, or date and time, as the person entered it. */
const localWhen = z.string().refine(isRealDateTime, 'Must be a date as YYYY-MM-DD, with an optional time HH:MM.');
const localDay = z.string().refine((v) => v.length === 10 && isRealDateTime(v), 'Must be a date as YYYY-MM-DD.');
/** A column holding JSON text that must parse and match a shape. */
const jsonText = (shape: z.ZodType, what: string) =>
  z.string().refine((v) => {
    try {
      return shape.safeParse(JSON.parse(v)).success;
    } catch {
      return false;
    }
  }, `Must be JSON text holding ${what}.`);
const stringList = jsonText(stringListColumn, 'a list of strings');
/** A recording's file name: a plain name, so no path can reach outside the recordings folder. */
const recordingFileNameSchema = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(v) && !v.includes('..'),
    'Must be a plain file name (letters, digits, dot, dash, underscore), with no folder in it.',
  );
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'Must be a SHA-256 checksum (64 hex digits).');

/** One row of each table exactly as stored (column names as in the database); unknown columns are refused. */
export const exportRowSchemas = {
  questions: z.strictObject({
    id,
    text: text(1000).min(1),
    category: z.enum(QUESTION_CATEGORIES),
    source: z.enum(QUESTION_SOURCES),
    bank_id: text(100).nullable(),
    hints: stringList,
    tags: stringList,
    created_at: instant,
  }),
  interviews: z.strictObject({
    id,
    company: text(200).min(1),
    role: text(200),
    held_at: localWhen,
    stage: z.enum(STAGES).nullable(),
    format: z.enum(FORMATS).nullable(),
    outcome: z.enum(OUTCOMES),
    notes: text(),
    questions_asked: text(),
    closing_statement: text(),
    created_at: instant,
    updated_at: instant,
    deleted_at: instant.nullable(),
  }),
  interviewers: z.strictObject({ id, interview_id: id, position: count, name: text(200), role: text(200), email: text(254) }),
  interview_tags: z.strictObject({ interview_id: id, tag: text(50).min(1) }),
  reflections: z.strictObject({
    id,
    interview_id: id,
    area: areaKeySchema,
    label: text(100),
    custom: bit,
    position: count,
    rating: int.min(1).max(5).nullable(),
    went_well: text(),
    went_badly: text(),
    notes: text(),
    kind: z.enum(BAD_KINDS).nullable(),
    updated_at: instant,
  }),
  interview_questions: z.strictObject({
    id,
    interview_id: id,
    question_id: id,
    position: count,
    answer_given: text(),
    how_it_went: z.enum(HOW_IT_WENT).nullable(),
    kind: z.enum(BAD_KINDS).nullable(),
    updated_at: instant,
  }),
  key_points: z.strictObject({ id, interview_question_id: id, position: count, text: text(1000), missed: bit }),
  missed_points: z.strictObject({
    id,
    interview_id: id,
    position: count,
    text: text(1000).min(1),
    suggestion_key: text(400).min(1).nullable(),
    created_at: instant,
    updated_at: instant,
  }),
  missed_point_dismissals: z.strictObject({ interview_id: id, suggestion_key: text(400).min(1), dismissed_at: instant }),
  practice_sessions: z.strictObject({
    id,
    source: sessionSourceSchema,
    source_ref: text(500).nullable(),
    think_seconds: count,
    answer_seconds: count.nullable(),
    question_ids: jsonText(plannedQuestionsColumn, 'the planned questions'),
    started_at: instant,
    ended_at: instant.nullable(),
  }),
  attempts: z.strictObject({
    id,
    session_id: id,
    question_id: id,
    position: count,
    answer_text: text(),
    duration_ms: count,
    word_count: count,
    filler_count: count,
    key_points: jsonText(z.array(z.object({ text: z.string(), covered: z.boolean() }).loose()), 'the checked key points'),
    grade: z.enum(GRADES).nullable(),
    due_after: instant.nullable(),
    created_at: instant,
  }),
  review_items: z.strictObject({
    question_id: id,
    due: instant,
    stability: z.number().finite(),
    difficulty: z.number().finite(),
    elapsed_days: int,
    scheduled_days: int,
    learning_steps: int,
    reps: count,
    lapses: count,
    state: int.min(0).max(3),
    last_review: instant.nullable(),
    created_at: instant,
  }),
  recordings: z.strictObject({
    id,
    attempt_id: id.nullable(),
    file_name: recordingFileNameSchema,
    mime_type: text(100),
    duration_ms: count,
    size_bytes: count,
    sha256: sha256.nullable(),
    complete: bit,
    created_at: instant,
  }),
  settings: z.strictObject({ key: text(100).min(1), value: jsonText(z.unknown(), 'a value'), updated_at: instant }),
  followup_plans: z.strictObject({
    interview_id: id,
    send_window: z.enum(SEND_WINDOWS).nullable(),
    decision_on: text(40).nullable(),
    check_in_on: text(40).nullable(),
    reply_on: text(40).nullable(),
    thank_you_skipped: bit,
    specific_moment: text(),
    updated_at: instant,
  }),
  followups: z
    .strictObject({
      id,
      interview_id: id,
      kind: z.enum(FOLLOWUP_KINDS),
      template_id: text(100),
      status: z.enum(FOLLOWUP_STATUSES),
      recipient_name: text(200),
      recipient_email: text(254),
      sent_on: text(40).nullable(),
      sent_version_id: id.nullable(),
      do_differently: text(),
      missed_points: stringList,
      why_fit: text(),
      impress_form: z.enum(IMPRESS_FORMS).nullable(),
      plan: text(),
      due_on: text(40).nullable(),
      created_at: instant,
      updated_at: instant,
    })
    .refine((r) => (r.status === 'draft') === (r.sent_on === null), {
      message: 'A draft has no sent date, and a sent follow-up has one.',
      path: ['sent_on'],
    }),
  followup_versions: z.strictObject({
    id,
    followup_id: id,
    source: z.enum(VERSION_SOURCES),
    subject: text(),
    body: text(20_000),
    saved_at: instant,
    sent_on: text(40).nullable(),
  }),
  followup_checklist_items: z.strictObject({ id, followup_id: id, position: count, text: text(), done_at: text(40).nullable() }),
  plan_items: z.strictObject({
    id,
    text: text(1000).min(1),
    target_on: localDay.nullable(),
    status: z.enum(PLAN_ITEM_STATUSES),
    area: areaKeySchema.nullable(),
    question_id: id.nullable(),
    suggestion_key: text(100).nullable(),
    position: int,
    created_at: instant,
    updated_at: instant,
    done_at: instant.nullable(),
  }),
  plan_note: z.strictObject({ id: z.literal(1), body: text(100_000), updated_at: instant }),
  plan_dismissed: z.strictObject({ suggestion_key: text(100).min(1), dismissed_at: instant }),
  // The 16 kHz copy's row travels so its transcript can; the WAV itself is derived from the recording and stays behind.
  speech_audio: z.strictObject({
    id,
    recording_id: id.nullable(),
    file_name: recordingFileNameSchema,
    sample_count: count,
    complete: bit,
    created_at: instant,
  }),
  speech_transcripts: z.strictObject({
    audio_id: id,
    model_id: text(40).nullable(),
    language: text(10).nullable(),
    text: text(),
    words: jsonText(timedWordsColumn, 'timed words'),
    speech: jsonText(speechSpansColumn, 'speech segments'),
    figures: jsonText(speechFiguresColumn, 'speech figures'),
    created_at: instant,
    // The person's correction (schema 11); files from before it have none, so it reads as "as recognised".
    edited_text: text().nullable().default(null),
  }),
  speech_prefs: z.strictObject({ key: text(100).min(1), value: text(200) }),
  // A question's model answer (schema 12); files from before it have none.
  model_answers: z.strictObject({
    question_id: id,
    situation: text(MAX_MODEL_PART),
    task: text(MAX_MODEL_PART),
    action: text(MAX_MODEL_PART),
    result: text(MAX_MODEL_PART),
    created_at: instant,
    updated_at: instant,
  }),
  // The story bank and the next job's description (schema 14); files from before it have none.
  stories: z.strictObject({
    id,
    title: text(200),
    situation: text(MAX_STORY_PART),
    task: text(MAX_STORY_PART),
    action: text(MAX_STORY_PART),
    result: text(MAX_STORY_PART),
    tags: jsonText(z.array(z.string().min(1).max(40)).max(MAX_STORY_TAGS), `at most ${MAX_STORY_TAGS} tags`),
    origin_kind: z.enum(STORY_ORIGIN_KINDS),
    origin_interview_id: id.nullable(),
    created_at: instant,
    updated_at: instant,
    deleted_at: instant.nullable(),
  }),
  story_questions: z.strictObject({ story_id: id, question_id: id, created_at: instant }),
  job_descriptions: z.strictObject({
    interview_id: id,
    text: text(MAX_JOB_TEXT_CHARS),
    removed_terms: stringList,
    added_terms: jsonText(z.array(z.string().min(1).max(80)).max(MAX_ADDED_TERMS), `at most ${MAX_ADDED_TERMS} terms`),
    updated_at: instant,
  }),
} satisfies Record<ExportTable, z.ZodType>;

/** A recording's audio file as listed in the export: sha256 null means the file was missing when exported. */
export const recordingManifestEntrySchema = z.strictObject({
  id,
  fileName: recordingFileNameSchema,
  sizeBytes: count,
  sha256: sha256.nullable(),
});
export type RecordingManifestEntry = z.infer<typeof recordingManifestEntrySchema>;

/** The outer shape, checked before any row, so a foreign or newer file gets one clear message. */
export const exportEnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().min(1),
  exportedAt: instant,
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  data: z.record(z.string(), z.array(z.unknown())),
  recordings: z.array(z.unknown()),
});

/** The whole file in one schema (the importer checks the same rules row by row, to report every problem precisely). */
export const exportFileSchema = exportEnvelopeSchema.extend({
  version: z.literal(EXPORT_VERSION),
  data: z.strictObject(
    Object.fromEntries(EXPORT_TABLES.map((t) => [t, z.array(exportRowSchemas[t]).optional()])) as {
      [T in ExportTable]: z.ZodOptional<z.ZodArray<(typeof exportRowSchemas)[T]>>;
    },
  ),
  recordings: z.array(recordingManifestEntrySchema),
});
