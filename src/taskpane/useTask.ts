import { useCallback, useState } from "react";

/**
 * One piece of work at a time, with its label while it runs and its failure as a message to show: the views'
 * buttons disable while `busy`, and nothing a task throws is swallowed.
 */
export function useTask() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null); // setError is stable, as useState setters are
  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, setError, run };
}
