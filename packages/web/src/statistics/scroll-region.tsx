import { Box } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * A table wider than a phone scrolls sideways inside this region, which a keyboard can focus
 * to scroll it. Positioned, so that visually hidden text in the table stays inside it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box tabIndex={0} role="region" aria-label={label} style={{ overflowX: "auto", position: "relative" }}>
      {children}
    </Box>
  );
}
