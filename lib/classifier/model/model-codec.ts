import type { HeadData, HeadName, ModelData } from './model-types';

/** A head ready to score: a dense int8 table (256 KB), so scoring a feature is one array read. */
export interface Head {
  bias: number;
  scale: number;
  a: number;
  b: number;
  w: Int8Array;
}

export interface LoadedModel {
  data: ModelData;
  heads: Record<HeadName, Head>;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function decodeHead(h: HeadData, bits: number): Head {
  for (const x of [h.bias, h.scale, h.calibration.a, h.calibration.b]) {
    if (!Number.isFinite(x)) throw new Error('model: a head parameter is not a finite number');
  }
  const deltas = fromBase64(h.buckets);
  const weights = new Int8Array(fromBase64(h.weights).buffer);
  const w = new Int8Array(1 << bits);
  let bucket = 0;
  let k = 0;
  for (let i = 0; i < deltas.length;) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = deltas[i++];
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += delta;
    if (bucket >= w.length) throw new Error('model: a bucket lies outside the table');
    w[bucket] = weights[k++];
  }
  if (k !== weights.length) throw new Error('model: bucket and weight counts differ');
  return { bias: h.bias, scale: h.scale, a: h.calibration.a, b: h.calibration.b, w };
}

export function decodeModel(data: ModelData): LoadedModel {
  return {
    data,
    heads: {
      pitch: decodeHead(data.heads.pitch, data.features.bits),
      intrude: decodeHead(data.heads.intrude, data.features.bits),
    },
  };
}

/** How many weights a model keeps: one signed byte each, across both heads. */
export function weightCount(data: ModelData): number {
  return Object.values(data.heads).reduce((n, h) => n + fromBase64(h.weights).length, 0);
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The inverse of decodeHead, used by `npm run train`: keeps buckets whose weight survives int8. */
export function encodeHead(w: Float64Array, bias: number, calibration: HeadData['calibration']): HeadData {
  let max = 0;
  for (const v of w) {
    if (!Number.isFinite(v)) throw new Error('train: a weight is not a finite number');
    max = Math.max(max, Math.abs(v));
  }
  const scale = max > 0 ? max / 127 : 1;
  const deltas: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(w[i] / scale);
    if (q === 0) continue;
    let delta = i - last;
    last = i;
    do {
      deltas.push((delta & 0x7f) | (delta >= 0x80 ? 0x80 : 0));
      delta = Math.floor(delta / 128);
    } while (delta > 0);
    weights.push(q);
  }
  return {
    bias,
    scale,
    calibration,
    buckets: toBase64(Uint8Array.from(deltas)),
    weights: toBase64(new Uint8Array(Int8Array.from(weights).buffer)),
  };
}
