// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

// The pane's tests wait for real work (reading the sample workbook, planning 55 measures). One second, the
// library's default, is a race on a loaded two-core machine; ten is still a failure when a card never appears.
import { configure } from "@testing-library/dom";
configure({ asyncUtilTimeout: 10_000 });
// With those waits a whole pane test can pass jest's 5 s default on a loaded machine. Set here: jest ignores
// testTimeout inside a project's config.
jest.setTimeout(60_000);
