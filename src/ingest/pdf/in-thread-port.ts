// The channel between pdf.js's display side and its worker side, both running
// in this thread. pdf.js's own in-thread port deep-copies every message with
// structuredClone, as a real worker boundary would. Operator lists are by far
// the largest messages (every text-drawing operator carries its glyph objects)
// and copying them cost 6–9% of a conversion's CPU on samples/, plus the garbage.
//
// An operator-list chunk is safe to hand over without the deep copy: the
// worker side builds fresh argument arrays for every operator and never
// touches them once sent; what it does reuse are the chunk's two top-level
// arrays, which it empties right after sending, so those two are copied.
// A text-content chunk likewise: its items, their transforms and its styles
// are built fresh, and the one object the worker side reuses is the chunk
// itself, whose items and styles it replaces right after sending.
// Every other message is cloned as pdf.js does.
//
// Fonts: with pdf.js's disableFontFace, its worker side compiles the outline
// of every glyph drawn and sends each as a message, for canvas rendering we
// never do (12–20% of a conversion's CPU on samples/). Without it, the
// display side would load each font as a font face, which Node cannot do, and
// failing that asks the worker side for those outlines after all. So the
// worker side runs without disableFontFace and each font reaches the display
// side marked as one not to load: nothing is compiled or loaded. Text and
// operator lists do not depend on it. pdf.js sends a font's properties packed
// in one buffer (its FONT_INFO layout: first the boolean properties, two bits
// each, 0b10 for true); pdfjs-dist is pinned, and in-thread-port.test.ts fails
// if an upgrade moves the flag.

type Listener = (event: { data: unknown }) => void;
type Transfer = NonNullable<Parameters<typeof structuredClone>[1]>['transfer'];

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

interface Message {
  /** Set on a chunk of a stream (an operator list, a text content). */
  chunk?: unknown;
  /** Set on a one-off message, with its data. */
  action?: string;
  data?: unknown;
}

/** pdf.js's message registering an object shared by the document's pages: [id, type, exported data]. */
const sharedObject = 'commonobj';

/** Where FONT_INFO keeps disableFontFace (the third boolean): byte 0, bits 4–5, and its value for true. */
const disableFontFaceFlag = { byte: 0, mask: 0b11 << 4, yes: 0b10 << 4 } as const;

function markedNotToLoad(font: { buffer: ArrayBuffer }): void {
  const bytes = new Uint8Array(font.buffer);
  const { byte, mask, yes } = disableFontFaceFlag;
  bytes[byte] = (bytes[byte] & ~mask) | yes;
}

interface TextContentChunk {
  items: unknown[];
  styles: object;
}

function isTextContentChunk(chunk: unknown): chunk is TextContentChunk {
  return typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as TextContentChunk).items) && typeof (chunk as TextContentChunk).styles === 'object';
}

function isOperatorListChunk(chunk: unknown): chunk is OperatorListChunk {
  return typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as OperatorListChunk).fnArray) && Array.isArray((chunk as OperatorListChunk).argsArray);
}

function isFont(message: Message): message is Message & { data: [string, 'Font', { buffer: ArrayBuffer }] } {
  return message.action === sharedObject && Array.isArray(message.data) && message.data[1] === 'Font' && (message.data[2] as { buffer?: unknown } | null)?.buffer instanceof ArrayBuffer;
}

function delivered(message: Message, transfer: Transfer): Message {
  const chunk = message.chunk;
  if (isOperatorListChunk(chunk)) {
    return { ...message, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
  }
  if (isTextContentChunk(chunk)) return { ...message, chunk: { ...chunk } };
  const copy = structuredClone(message, transfer ? { transfer } : undefined);
  if (isFont(copy)) markedNotToLoad(copy.data[2]);
  return copy;
}

/** A port both sides of one pdf.js document talk through; messages arrive asynchronously, in order. */
export class InThreadPort {
  readonly #listeners = new Set<Listener>();
  readonly #delivered = Promise.resolve();

  postMessage(message: Message, transfer?: Transfer): void {
    const event = { data: delivered(message, transfer) };
    void this.#delivered.then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  /** pdf.js's message handlers stop listening by aborting the signal they pass. */
  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    if (options?.signal?.aborted) return;
    this.#listeners.add(listener);
    options?.signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}
