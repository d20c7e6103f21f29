import { Navigate } from "@tanstack/react-router";
import { QueryState } from "../ui/query-state.tsx";
import { RecordQueryState } from "../ui/record-query-state.tsx";
import { ScreeningFlow } from "./screening-flow.tsx";
import { useScreening, useScreeningCatalogue } from "./screening-queries.ts";
import type { StepKey } from "./screening-steps.ts";

/** `/identify/screenings/$id`: a draft's guided flow; a completed screening shows its result. */
export function ScreeningPage({ id, step }: { id: string; step: StepKey | undefined }) {
  const screening = useScreening(id);
  const catalogue = useScreeningCatalogue(screening.data?.catalogue);
  return (
    <RecordQueryState query={screening}>
      {(loaded) =>
        loaded.status === "completed" ? (
          <Navigate to="/identify/screenings/$id/result" params={{ id }} replace />
        ) : (
          <QueryState query={catalogue}>
            {(loadedCatalogue) => (
              <ScreeningFlow screening={loaded} catalogue={loadedCatalogue} stepKey={step} />
            )}
          </QueryState>
        )
      }
    </RecordQueryState>
  );
}
