// The channel between pdf.js's display side and its worker side, both running
// in this thread. pdf.js's own in-thread port deep-copies every message with
// structuredClone, as a real worker boundary would. Operator lists are by far
// the largest messages (every text-drawing operator carries its glyph objects)
// and copying them cost some 10% of a conversion's CPU, plus the garbage.
//
// An operator-list chunk is safe to hand over without the deep copy: the
// worker side builds fresh argument arrays for every operator and never
// touches them once sent; what it does reuse are the chunk's two top-level
// arrays, which it empties right after sending, so those two are copied.
// Every other message is cloned as pdf.js does.

type Listener = (event: { data: unknown }) => void;
type Transfer = NonNullable<Parameters<typeof structuredClone>[1]>['transfer'];

interface OperatorListChunk {
  fnArray: unknown[];
  argsArray: unknown[];
}

interface StreamMessage {
  chunk?: unknown;
}

function isOperatorListChunk(chunk: unknown): chunk is OperatorListChunk {
  return typeof chunk === 'object' && chunk !== null && Array.isArray((chunk as OperatorListChunk).fnArray) && Array.isArray((chunk as OperatorListChunk).argsArray);
}

function copied(message: unknown, transfer: Transfer): unknown {
  const chunk = (message as StreamMessage | null)?.chunk;
  if (isOperatorListChunk(chunk)) {
    return { ...(message as StreamMessage), chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
  }
  return structuredClone(message, transfer ? { transfer } : undefined);
}

/** A port both sides of one pdf.js document talk through; messages arrive asynchronously, in order. */
export class InThreadPort {
  readonly #listeners = new Set<Listener>();
  readonly #delivered = Promise.resolve();

  postMessage(message: unknown, transfer?: Transfer): void {
    const event = { data: copied(message, transfer) };
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
