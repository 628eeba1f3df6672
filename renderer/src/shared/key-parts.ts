/** The parts of a keydown a key mapping reads, so the mappings stay pure and tests can pass plain objects. */
export type KeyParts = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat'>;

/** Those parts of a real keydown. */
export function keyParts(event: KeyboardEvent): KeyParts {
  const { key, ctrlKey, metaKey, altKey, shiftKey, repeat } = event;
  return { key, ctrlKey, metaKey, altKey, shiftKey, repeat };
}
