/** The id of the words behind the sidebar's due badge, for the Practice link's aria-describedby. */
export const PRACTICE_DUE_NOTE_ID = 'practice-due-note';
