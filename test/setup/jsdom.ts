// jsdom has no layout, so no ResizeObserver; Fluent's MessageBar observes its own size to reflow.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
