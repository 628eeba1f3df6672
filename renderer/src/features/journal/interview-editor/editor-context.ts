import type { ComputedRef, Ref } from 'vue';
import type { ApiClient } from '@renderer/api/client';
import type { Autosave } from '@renderer/shared/use-autosave';
import type { InterviewDraft } from './interview-draft';

/** What the editor's action groups share: the client, the save queue, the draft, and whether it may change. */
export interface EditorContext {
  api: ApiClient;
  saver: Autosave;
  draft: Ref<InterviewDraft | null>;
  readOnly: ComputedRef<boolean>;
}
