// The one date formatter lives in the contract folder so the main process writes dates in the same words as every
// screen (a plan suggestion's "due 13 Dec 2026" beside the list's "to send by 13 Dec 2026"); the renderer uses it here.
export * from '@shared/format-day';
