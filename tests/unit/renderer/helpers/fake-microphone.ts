// happy-dom has neither MediaRecorder nor getUserMedia: these stand-ins behave as Chromium's do (chunks on a
// timeslice, the last one just before 'stop'); the test hands the recorder its chunks.

export class FakeRecorder extends EventTarget {
  static last: FakeRecorder | null = null;
  static made = 0;
  static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
  state = 'inactive';
  timeslice = 0;
  /** Date.now() at start and stop, for how long it recorded. */
  startedAt = 0;
  stoppedAt = 0;
  constructor(
    readonly stream: MediaStream,
    readonly options?: { mimeType?: string },
  ) {
    super();
    FakeRecorder.last = this;
    FakeRecorder.made++;
  }
  get mimeType(): string {
    return this.options?.mimeType ?? '';
  }
  start(timeslice: number): void {
    this.timeslice = timeslice;
    this.state = 'recording';
    this.startedAt = Date.now();
  }
  pause(): void {
    this.state = 'paused';
  }
  resume(): void {
    this.state = 'recording';
  }
  chunk(text: string): void {
    const event = new Event('dataavailable') as Event & { data: Blob };
    event.data = new Blob([text], { type: this.mimeType });
    this.dispatchEvent(event);
  }
  stop(): void {
    this.stoppedAt = Date.now();
    this.chunk('last');
    this.state = 'inactive';
    this.dispatchEvent(new Event('stop'));
  }
}

/** A microphone stream whose tracks count how often they were stopped. */
export function fakeStream(): { stream: MediaStream; stopped: () => number } {
  let stopped = 0;
  const stream = { getTracks: () => [{ stop: () => stopped++ }] } as unknown as MediaStream;
  return { stream, stopped: () => stopped };
}
