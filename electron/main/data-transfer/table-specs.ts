import { EXPORT_TABLES, exportRowSchemas, type ExportTable } from '../../shared/data-transfer-export-schemas';

/**
 * How the importer treats a table's rows when the database already has data:
 * - question: matched to a question already here by bank id or by text, since the shipped bank gives every
 *   data folder its own numbering; a match is "already here" and references follow it.
 * - document: a top-level item (an interview, a practice session, an action item). Same id and same identity
 *   (its creation time, which never changes) is the same item: skipped. Same id but another item: added under a new id.
 * - part: belongs to a document through `owner`; added with its document, skipped with it.
 * - attach: joins something by its key (a question's schedule card, a recording's file): skipped when that key
 *   is already taken, otherwise added.
 * - keyed: a setting or a single row known by its key: skipped when the key is here.
 */
type TableKind = 'question' | 'document' | 'part' | 'attach' | 'keyed';

/** A column that refers to a row of another table in the same file. */
export interface RefSpec {
  column: string;
  table: ExportTable;
}

/** What the importer and the exporter need to know about one table. */
export interface TableSpec {
  table: ExportTable;
  /** Plural, for reports: "interviews", "key points". */
  label: string;
  kind: TableKind;
  /** Primary key columns, also the export's row order. */
  key: string[];
  /** The integer id column that may be given a new number on import; null when the key is derived. */
  idColumn: string | null;
  owner?: RefSpec;
  /** Other references; a missing target is a problem, except where `optional` says the row can do without. */
  refs?: (RefSpec & { optional?: boolean })[];
  /** Columns that tell, for a document, whether the row under an id is the same item. */
  identity?: string[];
  /** Column sets that must be unique within the file (the database's own UNIQUE constraints). */
  unique?: { columns: string[]; nocase?: boolean }[];
}

/** Every exported table's rules, in EXPORT_TABLES order (parents first). */
export const TABLE_SPECS: Record<ExportTable, TableSpec> = {
  questions: {
    table: 'questions',
    label: 'questions',
    kind: 'question',
    key: ['id'],
    idColumn: 'id',
    unique: [{ columns: ['text'], nocase: true }, { columns: ['bank_id'] }],
  },
  interviews: {
    table: 'interviews',
    label: 'interviews',
    kind: 'document',
    key: ['id'],
    idColumn: 'id',
    identity: ['created_at'],
  },
  interviewers: {
    table: 'interviewers',
    label: 'interviewers',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_id', table: 'interviews' },
  },
  interview_tags: {
    table: 'interview_tags',
    label: 'tags',
    kind: 'part',
    key: ['interview_id', 'tag'],
    idColumn: null,
    owner: { column: 'interview_id', table: 'interviews' },
  },
  reflections: {
    table: 'reflections',
    label: 'reflections',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_id', table: 'interviews' },
    unique: [{ columns: ['interview_id', 'area'] }],
  },
  interview_questions: {
    table: 'interview_questions',
    label: 'questions asked',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_id', table: 'interviews' },
    refs: [{ column: 'question_id', table: 'questions' }],
  },
  key_points: {
    table: 'key_points',
    label: 'key points',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_question_id', table: 'interview_questions' },
  },
  missed_points: {
    table: 'missed_points',
    label: 'points not got across',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_id', table: 'interviews' },
    unique: [{ columns: ['interview_id', 'suggestion_key'] }],
  },
  missed_point_dismissals: {
    table: 'missed_point_dismissals',
    label: 'dismissed point suggestions',
    kind: 'part',
    key: ['interview_id', 'suggestion_key'],
    idColumn: null,
    owner: { column: 'interview_id', table: 'interviews' },
  },
  practice_sessions: {
    table: 'practice_sessions',
    label: 'practice sessions',
    kind: 'document',
    key: ['id'],
    idColumn: 'id',
    identity: ['started_at'],
  },
  attempts: {
    table: 'attempts',
    label: 'practice answers',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'session_id', table: 'practice_sessions' },
    refs: [{ column: 'question_id', table: 'questions' }],
    unique: [{ columns: ['session_id', 'position'] }],
  },
  review_items: {
    table: 'review_items',
    label: 'practice schedules',
    kind: 'attach',
    key: ['question_id'],
    idColumn: null,
    refs: [{ column: 'question_id', table: 'questions' }],
  },
  recordings: {
    table: 'recordings',
    label: 'recordings',
    kind: 'attach',
    key: ['id'],
    idColumn: 'id',
    refs: [{ column: 'attempt_id', table: 'attempts', optional: true }],
    unique: [{ columns: ['file_name'] }],
  },
  settings: { table: 'settings', label: 'settings', kind: 'keyed', key: ['key'], idColumn: null },
  followup_plans: {
    table: 'followup_plans',
    label: 'follow-up plans',
    kind: 'part',
    key: ['interview_id'],
    idColumn: null,
    owner: { column: 'interview_id', table: 'interviews' },
  },
  followups: {
    table: 'followups',
    label: 'follow-ups',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'interview_id', table: 'interviews' },
  },
  followup_versions: {
    table: 'followup_versions',
    label: 'follow-up versions',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'followup_id', table: 'followups' },
  },
  followup_checklist_items: {
    table: 'followup_checklist_items',
    label: 'checklist items',
    kind: 'part',
    key: ['id'],
    idColumn: 'id',
    owner: { column: 'followup_id', table: 'followups' },
  },
  plan_items: {
    table: 'plan_items',
    label: 'action items',
    kind: 'document',
    key: ['id'],
    idColumn: 'id',
    identity: ['created_at'],
    refs: [{ column: 'question_id', table: 'questions', optional: true }],
    unique: [{ columns: ['suggestion_key'] }],
  },
  plan_note: { table: 'plan_note', label: 'plan notes', kind: 'keyed', key: ['id'], idColumn: null },
  plan_dismissed: {
    table: 'plan_dismissed',
    label: 'dismissed suggestions',
    kind: 'keyed',
    key: ['suggestion_key'],
    idColumn: null,
  },
  speech_audio: {
    table: 'speech_audio',
    label: 'speech audio',
    kind: 'attach',
    key: ['id'],
    idColumn: 'id',
    refs: [{ column: 'recording_id', table: 'recordings', optional: true }],
    unique: [{ columns: ['file_name'] }, { columns: ['recording_id'] }],
  },
  speech_transcripts: {
    table: 'speech_transcripts',
    label: 'transcripts',
    kind: 'part',
    key: ['audio_id'],
    idColumn: null,
    owner: { column: 'audio_id', table: 'speech_audio' },
  },
  speech_prefs: { table: 'speech_prefs', label: 'speech preferences', kind: 'keyed', key: ['key'], idColumn: null },
  model_answers: {
    table: 'model_answers',
    label: 'model answers',
    kind: 'attach',
    key: ['question_id'],
    idColumn: null,
    refs: [{ column: 'question_id', table: 'questions' }],
  },
  stories: {
    table: 'stories',
    label: 'stories',
    kind: 'document',
    key: ['id'],
    idColumn: 'id',
    identity: ['created_at'],
    refs: [{ column: 'origin_interview_id', table: 'interviews', optional: true }],
  },
  story_questions: {
    table: 'story_questions',
    label: 'story links',
    kind: 'part',
    key: ['story_id', 'question_id'],
    idColumn: null,
    owner: { column: 'story_id', table: 'stories' },
    refs: [{ column: 'question_id', table: 'questions' }],
  },
  job_descriptions: {
    table: 'job_descriptions',
    label: 'job descriptions',
    kind: 'part',
    key: ['interview_id'],
    idColumn: null,
    owner: { column: 'interview_id', table: 'interviews' },
  },
};

/** The specs in import order. */
export const ORDERED_SPECS: TableSpec[] = EXPORT_TABLES.map((t) => TABLE_SPECS[t]);

/** A table's columns in the export's order: the row schema's, which the tests hold equal to the database's. */
export function columnsOf(table: ExportTable): string[] {
  return Object.keys(exportRowSchemas[table].shape);
}

/** A row's key as reports show it: the id, or the key columns joined ("12/remote"). */
export function rowKeyOf(spec: TableSpec, row: Record<string, unknown>): number | string {
  if (spec.key.length === 1) return row[spec.key[0]] as number | string;
  return spec.key.map((c) => String(row[c])).join('/');
}
