/**
 * The frame of the events map: an equirectangular plot (x = longitude, y = latitude, the same
 * scale on both) around the points, with a graticule at a round step. There is no country
 * outline data in the app and nothing is downloaded at run time, so the map is the grid and
 * the points only.
 */
export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface MapFrame {
  west: number;
  east: number;
  south: number;
  north: number;
  /** Degrees between grid lines. */
  step: number;
}

const STEPS = [1, 2, 5, 10, 15, 30, 45, 60];
/** Smallest span shown, in degrees, so that one point is not a whole map. */
const MIN_SPAN = 8;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function niceStep(span: number): number {
  return STEPS.find((step) => span / step <= 6) ?? 60;
}

/** Widens [low, high] around its middle to at least `span`, kept inside [min, max]. */
function widen(low: number, high: number, span: number, min: number, max: number): [number, number] {
  if (high - low >= span) return [low, high];
  const middle = (low + high) / 2;
  let a = middle - span / 2;
  let b = middle + span / 2;
  if (a < min) [a, b] = [min, Math.min(max, min + span)];
  if (b > max) [a, b] = [Math.max(min, max - span), max];
  return [a, b];
}

/** The frame around the points with a margin, its sides on the grid; the world when there are none. */
export function mapFrame(points: readonly GeoPoint[]): MapFrame {
  if (points.length === 0) return { west: -180, east: 180, south: -90, north: 90, step: 30 };
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  let [west, east] = [Math.min(...lons), Math.max(...lons)];
  let [south, north] = [Math.min(...lats), Math.max(...lats)];
  const margin = Math.max(1, 0.15 * Math.max(east - west, north - south));
  [west, east] = widen(west - margin, east + margin, MIN_SPAN, -180, 180);
  [south, north] = widen(south - margin, north + margin, MIN_SPAN, -90, 90);
  // Keep the plot between square and twice as wide as high.
  [west, east] = widen(west, east, north - south, -180, 180);
  [south, north] = widen(south, north, (east - west) / 2, -90, 90);
  const step = niceStep(Math.max(east - west, north - south));
  return {
    west: clamp(Math.floor(west / step) * step, -180, 180),
    east: clamp(Math.ceil(east / step) * step, -180, 180),
    south: clamp(Math.floor(south / step) * step, -90, 90),
    north: clamp(Math.ceil(north / step) * step, -90, 90),
    step,
  };
}

/** The grid's meridians and parallels inside the frame. */
export function gridLines(frame: MapFrame): { meridians: number[]; parallels: number[] } {
  const lines = (from: number, to: number) => {
    const result: number[] = [];
    for (let value = Math.ceil(from / frame.step) * frame.step; value <= to; value += frame.step)
      result.push(value);
    return result;
  };
  return { meridians: lines(frame.west, frame.east), parallels: lines(frame.south, frame.north) };
}

/** A grid label such as 30°N, 15°W or 0°. */
export function degreeLabel(value: number, axis: "lat" | "lon"): string {
  if (value === 0) return "0°";
  const hemisphere = axis === "lat" ? (value > 0 ? "N" : "S") : value > 0 ? "E" : "W";
  return `${String(Math.abs(value))}°${hemisphere}`;
}
