// Server-drawn SVG charts: no script, no CDN, readable without styles.
// Each chart has a title and a text alternative for screen readers.

const WIDTH = 640;

export interface Bar {
  label: string;
  value: number | null;
  /** Marks the bar for the teacher's eye (a flagged question). */
  flagged?: boolean;
}

/** Vertical bars with their counts: how many attempts scored in each band. */
export function Histogram(props: { title: string; bars: { label: string; count: number }[] }) {
  const height = 200;
  const top = 20;
  const bottom = 30;
  const max = Math.max(1, ...props.bars.map((b) => b.count));
  const slot = WIDTH / props.bars.length;
  const plot = height - top - bottom;
  const summary = props.bars.map((b) => `${b.label}: ${b.count}`).join(", ");
  return (
    <svg class="chart" role="img" aria-label={`${props.title}. ${summary}`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <title>{props.title}</title>
      <line x1="0" y1={height - bottom} x2={WIDTH} y2={height - bottom} class="axis" />
      {props.bars.map((b, i) => {
        const h = (plot * b.count) / max;
        const x = i * slot + slot * 0.15;
        return (
          <g>
            <rect class="bar" data-value={b.count} x={x} y={height - bottom - h} width={slot * 0.7} height={h} />
            {b.count > 0 ? <text x={x + slot * 0.35} y={height - bottom - h - 4} text-anchor="middle">{b.count}</text> : null}
            <text x={x + slot * 0.35} y={height - 10} text-anchor="middle" class="label">{b.label}</text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bars on a fixed scale (0 to 100, or −100 to 100), one per
 * question, with an optional shaded band for the range teachers aim for.
 */
export function BarChart(props: { title: string; bars: Bar[]; min: number; max: number; band?: [number, number]; unit?: string }) {
  const rowHeight = 22;
  const left = 110;
  const right = 50;
  const height = props.bars.length * rowHeight + 30;
  const plot = WIDTH - left - right;
  const x = (v: number) => left + (plot * (v - props.min)) / (props.max - props.min);
  const zero = x(Math.max(props.min, 0));
  const summary = props.bars.map((b) => `${b.label}: ${b.value === null ? "no figure" : `${b.value}${props.unit ?? ""}`}`).join(", ");
  return (
    <svg class="chart" role="img" aria-label={`${props.title}. ${summary}`} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      <title>{props.title}</title>
      {props.band ? <rect class="band" x={x(props.band[0])} y="0" width={x(props.band[1]) - x(props.band[0])} height={height - 24} /> : null}
      <line x1={zero} y1="0" x2={zero} y2={height - 24} class="axis" />
      {props.bars.map((b, i) => {
        const y = i * rowHeight + 4;
        const v = b.value ?? 0;
        const from = Math.min(x(v), zero);
        return (
          <g>
            <text x={left - 6} y={y + 14} text-anchor="end" class="label">{b.label}</text>
            {b.value === null ? (
              <text x={zero + 4} y={y + 14} class="label">no figure</text>
            ) : (
              <>
                <rect class={b.flagged ? "bar flagged" : "bar"} data-value={v} x={from} y={y} width={Math.max(1, Math.abs(x(v) - zero))} height={rowHeight - 6} />
                <text x={Math.max(x(v), zero) + 4} y={y + 14} class="label">{`${Math.round(v)}${props.unit ?? ""}`}</text>
              </>
            )}
          </g>
        );
      })}
      <text x={x(props.min)} y={height - 6} class="label">{`${props.min}${props.unit ?? ""}`}</text>
      <text x={x(props.max)} y={height - 6} text-anchor="end" class="label">{`${props.max}${props.unit ?? ""}`}</text>
    </svg>
  );
}
