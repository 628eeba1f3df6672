import { extractJobTerms } from '../../../electron/main/stories/job-terms/job-terms';
import type { JobTermsReader } from '../../../electron/main/stories/job-terms/thread/job-terms-thread';

/** The real extractor standing in for the terms thread, counting the texts it is asked to read. */
export function countingReader(): JobTermsReader & { texts: string[] } {
  const texts: string[] = [];
  return { texts, read: (text) => (texts.push(text), Promise.resolve(extractJobTerms(text))), close: () => {} };
}
