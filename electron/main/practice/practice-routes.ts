import type { Handlers } from '../ipc/router';
import type { PracticeService } from './practice-service';
import type { RecordingService } from './recording-service';

const ok = { ok: true as const };

/** Practice's and recordings' routes: each one line into a service. */
export function practiceRoutes(practice: PracticeService, recordings: RecordingService): Handlers {
  return {
    'practice:dueCount': () => practice.counts(),
    'practice:queue': ({ limit }) => practice.queue(limit),
    'practice:start': (options) => practice.start(options),
    'practice:sessionMix': ({ length }) => practice.sessionMix(length),
    'practice:gradePreview': ({ questionId }) => practice.gradePreview(questionId),
    'practice:session': ({ id }) => practice.session(id),
    'practice:end': ({ id }) => (practice.end(id), ok),
    'practice:analyze': ({ questionId, answerText, durationMs }) => practice.analyze(questionId, answerText, durationMs),
    'practice:saveAttempt': (input) => practice.saveAttempt(input),
    'practice:grade': ({ attemptId, grade, keyPoints }) => practice.grade(attemptId, grade, keyPoints),
    'practice:history': ({ limit }) => practice.history(limit),
    'practice:sessionAttempts': ({ id }) => practice.sessionAttempts(id),
    'practice:questionAttempts': ({ questionId }) => practice.questionAttempts(questionId),
    'practice:deleteAttempt': ({ id }) => (practice.deleteAttempt(id), ok),
    'recording:start': ({ mimeType }) => recordings.start(mimeType),
    'recording:append': ({ id, chunk }) => recordings.append(id, chunk),
    'recording:finish': ({ id, durationMs }) => recordings.finish(id, durationMs),
    'recording:get': ({ id }) => recordings.get(id),
    'recording:delete': ({ id }) => (recordings.delete(id), ok),
  };
}
