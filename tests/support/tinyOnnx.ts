/**
 * Builds tiny but real ONNX direction models for tests: mean over the window → linear → softmax, with
 * any metadata. Hand-encodes the few protobuf messages needed (ModelProto, GraphProto, NodeProto, ...).
 */
interface Field {
  number: number;
  /** A varint value, or the payload of a length-delimited field. */
  value: number | Uint8Array;
}

const encoder = new TextEncoder();

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

function encode(fields: Field[]): Uint8Array {
  const parts: number[] = [];
  for (const { number, value } of fields) {
    if (typeof value === 'number') parts.push(...varint(number * 8), ...varint(value));
    else parts.push(...varint(number * 8 + 2), ...varint(value.length), ...value);
  }
  return new Uint8Array(parts);
}

const bytes = (number: number, value: Uint8Array): Field => ({ number, value });
const str = (number: number, text: string): Field => bytes(number, encoder.encode(text));
const msg = (number: number, ...fields: Field[]): Field => bytes(number, encode(fields));
const intField = (number: number, value: number): Field => ({ number, value });

const FLOAT = 1;
const ATTRIBUTE_INT = 2;
const ATTRIBUTE_INTS = 7;

function tensor(name: string, dims: number[], values: number[]): Field {
  return msg(5, ...dims.map((d) => intField(1, d)), intField(2, FLOAT), str(8, name),
    bytes(9, new Uint8Array(new Float32Array(values).buffer)));
}

function valueInfo(field: number, name: string, dims: (number | string)[]): Field {
  const dimFields = dims.map((d) => (typeof d === 'number' ? msg(1, intField(1, d)) : msg(1, str(2, d))));
  return msg(field, str(1, name), msg(2, msg(1, intField(1, FLOAT), msg(2, ...dimFields))));
}

function node(op: string, inputs: string[], outputs: string[], attributes: Field[] = []): Field {
  return msg(1, ...inputs.map((i) => str(1, i)), ...outputs.map((o) => str(2, o)), str(4, op), ...attributes);
}

export interface TinyModelOptions {
  window: number;
  features: number;
  /** [features × 3] weights and 3 biases; the output order is whatever `labels` metadata says. */
  weights?: number[];
  bias?: number[];
  metadata: Record<string, string>;
}

export function buildTinyDirectionModel(options: TinyModelOptions): Uint8Array {
  const weights = options.weights ?? Array.from({ length: options.features * 3 }, (_, i) => ((i % 7) - 3) / 50);
  const bias = options.bias ?? [0.1, 0, -0.1];
  const graph = msg(
    7,
    node('ReduceMean', ['features'], ['mean'], [msg(5, str(1, 'axes'), intField(20, ATTRIBUTE_INTS), intField(8, 1)),
      msg(5, str(1, 'keepdims'), intField(20, ATTRIBUTE_INT), intField(3, 0))]),
    node('MatMul', ['mean', 'W'], ['logits_raw']),
    node('Add', ['logits_raw', 'b'], ['logits']),
    node('Softmax', ['logits'], ['probabilities'], [msg(5, str(1, 'axis'), intField(20, ATTRIBUTE_INT), intField(3, 1))]),
    str(2, 'tiny'),
    tensor('W', [options.features, 3], weights),
    tensor('b', [3], bias),
    valueInfo(11, 'features', ['batch', options.window, options.features]),
    valueInfo(12, 'probabilities', ['batch', 3]),
  );
  const metadata = Object.entries(options.metadata).map(([k, v]) => msg(14, str(1, k), str(2, v)));
  return encode([intField(1, 8), msg(8, str(1, ''), intField(2, 13)), str(2, 'tests'), graph, ...metadata]);
}
