/**
 * Builds tiny but real ONNX models for tests, direction and policy: mean over the window (and the position)
 * → linear → softmax, with any metadata. Hand-encodes the few protobuf messages needed (ModelProto, GraphProto, NodeProto, ...).
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
  /** [inputs × 3] weights and 3 biases; the output order is whatever `labels` metadata says. */
  weights?: number[];
  bias?: number[];
  metadata: Record<string, string>;
}

const meanOverWindow = node('ReduceMean', ['features'], ['mean'], [
  msg(5, str(1, 'axes'), intField(20, ATTRIBUTE_INTS), intField(8, 1)),
  msg(5, str(1, 'keepdims'), intField(20, ATTRIBUTE_INT), intField(3, 0)),
]);

/** A linear layer and softmax on `input` ([batch, inputs]) to `output`, then the model around the graph. */
function linearSoftmaxModel(
  options: TinyModelOptions,
  inputs: number,
  nodes: Field[],
  inputInfos: Field[],
  input: string,
  output: string,
): Uint8Array {
  const weights = options.weights ?? Array.from({ length: inputs * 3 }, (_, i) => ((i % 7) - 3) / 50);
  const bias = options.bias ?? [0.1, 0, -0.1];
  const graph = msg(
    7,
    ...nodes,
    node('MatMul', [input, 'W'], ['logits_raw']),
    node('Add', ['logits_raw', 'b'], ['logits']),
    node('Softmax', ['logits'], [output], [msg(5, str(1, 'axis'), intField(20, ATTRIBUTE_INT), intField(3, 1))]),
    str(2, 'tiny'),
    tensor('W', [inputs, 3], weights),
    tensor('b', [3], bias),
    ...inputInfos,
    valueInfo(12, output, ['batch', 3]),
  );
  const metadata = Object.entries(options.metadata).map(([k, v]) => msg(14, str(1, k), str(2, v)));
  return encode([intField(1, 8), msg(8, str(1, ''), intField(2, 13)), str(2, 'tests'), graph, ...metadata]);
}

/** Direction model: mean over the window → linear → softmax `probabilities`. */
export function buildTinyDirectionModel(options: TinyModelOptions): Uint8Array {
  const features = valueInfo(11, 'features', ['batch', options.window, options.features]);
  return linearSoftmaxModel(options, options.features, [meanOverWindow], [features], 'mean', 'probabilities');
}

/**
 * Policy model: [mean over the window, position] → linear → softmax `action_probs`. The weights have one
 * row per feature and a last row for the position, so a test can make the call depend on what is held.
 */
export function buildTinyPolicyModel(options: TinyModelOptions): Uint8Array {
  const concat = node('Concat', ['mean', 'position'], ['joined'], [msg(5, str(1, 'axis'), intField(20, ATTRIBUTE_INT), intField(3, 1))]);
  const infos = [
    valueInfo(11, 'features', ['batch', options.window, options.features]),
    valueInfo(11, 'position', ['batch', 1]),
  ];
  return linearSoftmaxModel(options, options.features + 1, [meanOverWindow, concat], infos, 'joined', 'action_probs');
}
