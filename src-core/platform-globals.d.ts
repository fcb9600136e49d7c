/**
 * The only platform globals the core may use: web APIs that browsers, Web Workers and Node 20 all
 * provide (the core has no DOM and no Node types — tsconfig.core.json). Declared here, minimally,
 * so that a use of anything else fails to compile.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** The parts of the WHATWG streams the .xlsx reader drives (DecompressionStream, reached through globalThis). */
interface StreamReader<T> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>;
  cancel(reason?: unknown): Promise<void>;
}
interface StreamWriter<T> {
  write(chunk: T): Promise<void>;
  close(): Promise<void>;
}
interface ReadableStream<T> {
  getReader(): StreamReader<T>;
}
interface WritableStream<T> {
  getWriter(): StreamWriter<T>;
}
