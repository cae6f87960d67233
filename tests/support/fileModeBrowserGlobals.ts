/**
 * What file mode uses of the browser that jsdom lacks and every browser the page supports has: streams and
 * the inflater (.xlsx read in the page), text codecs, `File.arrayBuffer()`, and a ResizeObserver (Fluent's
 * TabList measures its tabs with one; nothing resizes in a test). Import for its effect, in jsdom tests.
 */
import { DecompressionStream as NodeDecompressionStream, ReadableStream as NodeReadableStream } from 'node:stream/web';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

for (const [name, value] of Object.entries({ DecompressionStream: NodeDecompressionStream, ReadableStream: NodeReadableStream, TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder })) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, configurable: true });
}

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', { value: NoResizeObserver, configurable: true });

if (!('arrayBuffer' in File.prototype)) {
  Object.defineProperty(File.prototype, 'arrayBuffer', {
    value(this: File) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}
