// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

// The pane's tests wait for real work (reading the sample workbook, planning 55 measures). One second, the
// library's default, is a race on a loaded two-core machine; ten is still a failure when a card never appears.
// From the DOM library, not the React one: this file runs before jest's globals exist, and @testing-library/react
// imported here would register no cleanup after each test (it looks for afterEach when first loaded).
import { configure } from "@testing-library/dom";
configure({ asyncUtilTimeout: 10_000 });
