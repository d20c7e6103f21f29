import { Box, Group, Text } from "@mantine/core";
import { geoEquirectangular, geoPath } from "d3-geo";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json";
import type { EventType } from "../api/protect-vocabulary.ts";
import { EVENT_COLORS } from "./event-colors.ts";
import { degreeLabel, gridLines, mapFrame } from "./map-frame.ts";

// Natural Earth 1:110m (public domain) as TopoJSON, bundled with the app: nothing is fetched.
const atlas = countries as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const LAND = feature(atlas, atlas.objects.land);
const BORDERS = mesh(atlas, atlas.objects.countries, (a, b) => a !== b);

export interface MapEvent {
  /** The event's number in the timeline, shown on its point. */
  number: number;
  lat: number;
  lon: number;
  type: EventType | null;
}

const WIDTH = 480;
const PAD = 28;
/** Room on the left for the latitude labels. */
const LEFT = 56;

/**
 * The events that have coordinates on an equirectangular map (land and country borders from
 * the bundled Natural Earth data, a latitude/longitude grid), numbered as in the timeline and
 * joined in date order. No map tiles: nothing is downloaded, and the timeline beside it is the
 * text alternative.
 */
export default function EventMap({ events }: { events: readonly MapEvent[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const frame = mapFrame(events);
  const scale = WIDTH / (frame.east - frame.west);
  const height = (frame.north - frame.south) * scale;
  const x = (lon: number) => LEFT + (lon - frame.west) * scale;
  const y = (lat: number) => PAD + (frame.north - lat) * scale;
  const { meridians, parallels } = gridLines(frame);
  // The same equirectangular scale as the points: x = LEFT + (lon − west)·scale.
  const path = geoPath(
    geoEquirectangular()
      .scale((scale * 180) / Math.PI)
      .translate([LEFT - frame.west * scale, PAD + frame.north * scale])
      .clipExtent([
        [LEFT, PAD],
        [LEFT + WIDTH, PAD + height],
      ]),
  );
  const route = events.map((event) => `${String(x(event.lon))},${String(y(event.lat))}`).join(" ");

  return (
    <Box>
      <svg
        viewBox={`0 0 ${String(LEFT + WIDTH + PAD)} ${String(height + 2 * PAD)}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ maxWidth: 600, display: "block", background: "var(--mantine-color-gray-0)" }}
        data-testid="event-map"
      >
        <title id={titleId}>{t("cases.events.mapTitle")}</title>
        <desc id={descId}>{t("cases.events.mapDescription", { count: events.length })}</desc>
        <rect x={LEFT} y={PAD} width={WIDTH} height={height} fill="#f1f6fb" />
        <path d={path(LAND) ?? ""} fill="#dee2e6" stroke="none" />
        <path d={path(BORDERS) ?? ""} fill="none" stroke="#adb5bd" strokeWidth={0.75} />
        <rect
          x={LEFT}
          y={PAD}
          width={WIDTH}
          height={height}
          fill="none"
          stroke="var(--mantine-color-gray-5)"
        />
        {meridians.map((lon) => (
          <g key={`m${String(lon)}`}>
            <line x1={x(lon)} x2={x(lon)} y1={PAD} y2={PAD + height} stroke="#ced4da" strokeDasharray="2 3" />
            <text x={x(lon)} y={PAD + height + 18} fontSize={13} textAnchor="middle" fill="#343a40">
              {degreeLabel(lon, "lon")}
            </text>
          </g>
        ))}
        {parallels.map((lat) => (
          <g key={`p${String(lat)}`}>
            <line
              x1={LEFT}
              x2={LEFT + WIDTH}
              y1={y(lat)}
              y2={y(lat)}
              stroke="#ced4da"
              strokeDasharray="2 3"
            />
            <text x={LEFT - 6} y={y(lat) + 4.5} fontSize={13} textAnchor="end" fill="#343a40">
              {degreeLabel(lat, "lat")}
            </text>
          </g>
        ))}
        {events.length > 1 && (
          <polyline
            points={route}
            fill="none"
            stroke="var(--mantine-color-gray-7)"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        )}
        {events.map((event) => (
          <g key={event.number}>
            <circle
              cx={x(event.lon)}
              cy={y(event.lat)}
              r={11}
              fill={EVENT_COLORS[event.type ?? "unknown"]}
              stroke="white"
              strokeWidth={2}
            />
            <text
              x={x(event.lon)}
              y={y(event.lat) + 4.5}
              fontSize={13}
              fontWeight={700}
              textAnchor="middle"
              fill="white"
            >
              {event.number}
            </text>
          </g>
        ))}
      </svg>
      <Group gap="md" mt={6}>
        {(["Recruitment", "Transit", "Exploitation"] as const).map((type) => (
          <Group key={type} gap={6}>
            <svg width="12" height="12" aria-hidden focusable="false">
              <circle cx="6" cy="6" r="6" fill={EVENT_COLORS[type]} />
            </svg>
            <Text size="xs">{t(`htcds.eventType.${type}`)}</Text>
          </Group>
        ))}
        <Text size="xs" c="dimmed">
          {t("cases.events.mapNote")}
        </Text>
      </Group>
    </Box>
  );
}
