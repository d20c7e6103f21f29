import type { ReactNode } from "react";
import { useIsFramed } from "./frame-context.ts";
import { PublicFrame } from "./public-frame.tsx";

/** Renders content in the public frame unless a layout already frames it. */
export function Framed({ children }: { children: ReactNode }) {
  return useIsFramed() ? children : <PublicFrame>{children}</PublicFrame>;
}
