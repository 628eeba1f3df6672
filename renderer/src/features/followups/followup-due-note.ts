/** The id of the words behind the sidebar's follow-ups badge, for the Follow-ups link's aria-describedby. */
export const FOLLOWUPS_DUE_NOTE_ID = 'followups-due-note';
