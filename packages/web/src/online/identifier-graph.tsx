import { Box, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { layoutGraph, type GraphCluster, type GraphIdentifier } from "./network-graph.ts";
import type { IdentifierKind } from "./online-vocabulary.ts";

const KIND_COLORS: Record<IdentifierKind, string> = {
  phone: "#c92a2a",
  email: "#5f3dc4",
  handle: "#0b7285",
  url: "#5c5f66",
};

const shorten = (value: string, max = 22) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/**
 * The network as a drawing: its clusters (templates) on the left, the phones, e-mail
 * addresses, handles and URLs their ads carry on the right, a line for each. Identifiers that
 * tie clusters together are drawn bold. The table of identifiers beside it says the same in text.
 */
export function IdentifierGraph({
  clusters,
  identifiers,
}: {
  clusters: readonly GraphCluster[];
  identifiers: readonly GraphIdentifier[];
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const phone = useMediaQuery("(max-width: 36em)");
  const layout = layoutGraph(clusters, identifiers, undefined, phone);
  const linking = identifiers.filter((i) => i.linking).length;
  return (
    <Box>
      <svg
        viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ maxWidth: 760, display: "block" }}
        data-testid="identifier-graph"
      >
        <title id={titleId}>{t("online.graph.title")}</title>
        <desc id={descId}>
          {t("online.graph.description", {
            clusters: clusters.length,
            identifiers: identifiers.length,
            linking,
          })}
        </desc>
        {layout.edges.map((e) => (
          <line
            key={`${e.cluster}-${e.identifier}`}
            x1={e.x1}
            y1={e.y1}
            x2={e.x2}
            y2={e.y2}
            stroke={e.linking ? "#212529" : "#adb5bd"}
            strokeWidth={e.linking ? 2.5 : 1.25}
          />
        ))}
        {layout.clusters.map((c) => (
          <g key={c.key}>
            <circle cx={c.x} cy={c.y} r={c.r} fill="#1c7ed6" stroke="white" strokeWidth={2} />
            <text x={c.x} y={c.y + 5} textAnchor="middle" fontSize={14} fontWeight={700} fill="white">
              {c.label}
            </text>
            <text x={c.x - c.r - 8} y={c.y + 5} textAnchor="end" fontSize={13} fill="#212529">
              {t("online.graph.clusterAds", { count: c.size })}
            </text>
          </g>
        ))}
        {layout.identifiers.map((i) => (
          <g key={i.hash}>
            <rect
              x={i.x}
              y={i.y - 13}
              width={layout.box}
              height={26}
              rx={6}
              fill="white"
              stroke={KIND_COLORS[i.kind]}
              strokeWidth={i.linking ? 2.5 : 1.25}
            />
            <text x={i.x + 8} y={i.y + 5} fontSize={13} fill="#212529" fontWeight={i.linking ? 700 : 400}>
              {`${t(`online.identifierKind.${i.kind}`)}: ${shorten(i.value)}`}
            </text>
          </g>
        ))}
      </svg>
      {(layout.hiddenClusters > 0 || layout.hiddenIdentifiers > 0) && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("online.graph.hidden", {
            clusters: layout.hiddenClusters,
            identifiers: layout.hiddenIdentifiers,
          })}
        </Text>
      )}
    </Box>
  );
}
