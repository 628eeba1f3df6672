import type { ComputedRef, Ref } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import type { Autosave } from '@renderer/shared/use-autosave';
import type { Conflicts } from '@renderer/shared/use-conflicts';
import type { EditorSaves } from './editor-saves';
import type { InterviewDraft } from './interview-draft';

/** What the editor's action groups share: the client, the save queue and saves, the draft, and whether it may change. */
export interface EditorContext {
  api: ApiClient;
  saver: Autosave;
  saves: EditorSaves;
  conflicts: Conflicts;
  draft: Ref<InterviewDraft | null>;
  readOnly: ComputedRef<boolean>;
}
