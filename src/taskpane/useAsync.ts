/** A hook for loading data the pane shows. */
import { useEffect, useState } from "react";

export type AsyncState<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

const LOADING = { status: "loading" } as const;

/**
 * Runs `load` whenever it changes (pass a stable function, e.g. from useCallback) and returns its latest outcome.
 * An outcome belongs to the `load` that produced it, so a newer request shows as loading, never as stale data.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> {
  const [settled, setSettled] = useState<{ source: () => Promise<T>; state: AsyncState<T> } | null>(null);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setSettled({ source: load, state: { status: "ready", value } }),
      (error: unknown) =>
        current &&
        setSettled({ source: load, state: { status: "failed", message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return settled && settled.source === load ? settled.state : LOADING;
}
