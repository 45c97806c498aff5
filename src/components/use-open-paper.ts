import { useParams } from "@tanstack/react-router";

/** The id of the paper open in the pane beside the table (`/papers/$paperId`), if one is. */
export function useOpenPaperId(): string | undefined {
  return useParams({ strict: false, select: (params) => params.paperId });
}

/** Whether a paper is open beside the table; re-renders only when that changes, not when another paper opens. */
export function usePaperOpen(): boolean {
  return useParams({ strict: false, select: (params) => params.paperId !== undefined });
}
