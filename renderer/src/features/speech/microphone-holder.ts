// Every field has its own Dictate button, but there is one microphone: only one dictation listens at a time.

/** A dictation that holds (or is asking for) the microphone, and how to make it let go. */
export interface MicrophoneHolder {
  letGo(): void;
}

let holder: MicrophoneHolder | null = null;

/** Takes the microphone for `next`; the dictation holding it before stops (its words still go to its own field). */
export function holdMicrophone(next: MicrophoneHolder): void {
  const before = holder;
  holder = next;
  if (before && before !== next) before.letGo();
}

/** Gives the microphone back, if `it` still holds it. */
export function letGoOfMicrophone(it: MicrophoneHolder): void {
  if (holder === it) holder = null;
}
