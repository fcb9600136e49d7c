import { useEffect, useState } from 'react';
import type { FinalRepository } from '../../data/final-repository';

/** Whether the draft of an address is a 决算 (stored apart, final-repository.ts) or a budget draft; null while reading. */
export function useDraftStage(finals: FinalRepository, draftId: string): 'budget' | 'final' | null {
  const [stage, setStage] = useState<{ id: string; stage: 'budget' | 'final' } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void finals.has(draftId).then(
      (final) => !cancelled && setStage({ id: draftId, stage: final ? 'final' : 'budget' }),
      () => !cancelled && setStage({ id: draftId, stage: 'budget' }),
    );
    return () => {
      cancelled = true;
    };
  }, [finals, draftId]);
  return stage?.id === draftId ? stage.stage : null;
}
