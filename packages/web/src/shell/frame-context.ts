import { createContext, useContext } from "react";

/** True inside a layout that already provides the header and the `<main>` landmark. */
export const FrameContext = createContext(false);

export function useIsFramed(): boolean {
  return useContext(FrameContext);
}
