import { SPEECH_SAMPLE_RATE } from '../../../shared/speech-schemas';

// A WebM file is EBML: elements of (id, size, data). MediaRecorder writes one Opus track as SimpleBlocks inside
// Clusters, with the Segment's and Clusters' sizes "unknown" (it streams). Reading the master elements inline,
// without trusting their sizes, finds every block whatever the sizes say.
const MASTERS = new Set([
  0x18538067, // Segment
  0x1f43b675, // Cluster
  0x1654ae6b, // Tracks
  0xae, // TrackEntry
  0xa0, // BlockGroup
]);
const TRACK_ENTRY = 0xae;
const TRACK_NUMBER = 0xd7;
const CODEC_ID = 0x86;
const CODEC_PRIVATE = 0x63a2;
const SIMPLE_BLOCK = 0xa3;
const BLOCK = 0xa1;

/** An Opus track as WebM describes it, with its frames in order. */
export interface WebmOpus {
  channels: number;
  /** Samples at 48 kHz the decoder drops at the start (OpusHead pre-skip). */
  preSkip: number;
  frames: Uint8Array[];
}

/** A variable-length integer at pos: its value (marker bit kept for ids), length, and whether it means "unknown". */
function vint(buf: Uint8Array, pos: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = buf[pos];
  if (first === undefined || first === 0) throw new Error('This WebM file is damaged (a bad element header).');
  const length = Math.clz32(first) - 23;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    if (pos + i >= buf.length) throw new Error('This WebM file ends in the middle of an element.');
    value = value * 256 + buf[pos + i];
    if (buf[pos + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

/** Finds the Opus track of a WebM file and its frames; refuses anything else with a clear reason. */
export function demuxWebmOpus(buf: Uint8Array): WebmOpus {
  if (buf.length < 4 || buf[0] !== 0x1a || buf[1] !== 0x45 || buf[2] !== 0xdf || buf[3] !== 0xa3)
    throw new Error('This is not a WebM file.');
  const tracks: { number?: number; codec?: string; priv?: Uint8Array }[] = [];
  const blocks: { track: number; data: Uint8Array }[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const id = vint(buf, pos, true);
    const size = vint(buf, pos + id.length, false);
    const start = pos + id.length + size.length;
    if (MASTERS.has(id.value)) {
      if (id.value === TRACK_ENTRY) tracks.push({});
      pos = start;
      continue;
    }
    if (size.unknown) break;
    const end = Math.min(start + size.value, buf.length);
    const data = buf.subarray(start, end);
    const entry = tracks[tracks.length - 1];
    if (id.value === TRACK_NUMBER && entry) entry.number = data.reduce((n, b) => n * 256 + b, 0);
    else if (id.value === CODEC_ID && entry) entry.codec = new TextDecoder().decode(data);
    else if (id.value === CODEC_PRIVATE && entry) entry.priv = data;
    else if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = vint(data, 0, false);
      const flags = data[track.length + 2];
      if ((flags & 0x06) !== 0) throw new Error('This WebM file uses laced blocks, which Debrief does not read.');
      blocks.push({ track: track.value, data: data.subarray(track.length + 3) });
    }
    pos = end;
  }
  const opus = tracks.find((t) => t.codec === 'A_OPUS');
  if (!opus)
    throw new Error(`This WebM file has no Opus audio (its tracks: ${tracks.map((t) => t.codec).join(', ') || 'none'}).`);
  const head = opus.priv;
  const isHead = head && head.length >= 19 && new TextDecoder().decode(head.subarray(0, 8)) === 'OpusHead';
  return {
    channels: isHead ? head[9] : 1,
    preSkip: isHead ? head[10] | (head[11] << 8) : 0,
    frames: blocks.filter((b) => b.track === (opus.number ?? 1)).map((b) => b.data),
  };
}

/** Decodes MediaRecorder's WebM/Opus to 16 kHz mono Int16 samples, the format the engine reads. */
export async function decodeWebmOpus(buf: Uint8Array): Promise<Int16Array> {
  const track = demuxWebmOpus(buf);
  const { OpusDecoder } = await import('opus-decoder');
  const decoder = new OpusDecoder({
    sampleRate: SPEECH_SAMPLE_RATE,
    channels: track.channels,
    preSkip: track.preSkip,
    forceStereo: false,
  });
  await decoder.ready;
  try {
    const decoded = decoder.decodeFrames(track.frames);
    const channels = decoded.channelData;
    const out = new Int16Array(decoded.samplesDecoded);
    for (let i = 0; i < out.length; i++) {
      let sum = 0;
      for (const ch of channels) sum += ch[i];
      const v = Math.max(-1, Math.min(1, sum / channels.length));
      out[i] = Math.round(v * 32767);
    }
    return out;
  } finally {
    decoder.free();
  }
}
