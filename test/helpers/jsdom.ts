import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder as PenguraiTeks } from 'util';

// jsdom lacks these browser APIs that Fluent UI touches
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver =
  (globalThis as unknown as { ResizeObserver?: unknown }).ResizeObserver ?? ResizeObserverStub;
if (!window.matchMedia) {
  window.matchMedia = (q: string) => ({
    matches: false,
    media: q,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  });
}
// every browser has TextDecoder (the XML workbook reader uses it); jsdom does not
if (typeof globalThis.TextDecoder === 'undefined') {
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder = PenguraiTeks;
}
// the engine runs for real in component tests, on a 2-core machine shared with other work: wait for
// what the user would see without guessing how fast the machine is today
configure({ asyncUtilTimeout: 20000 });
