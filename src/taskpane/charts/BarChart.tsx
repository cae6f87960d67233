/**
 * Horizontal bar charts drawn as plain SVG: one row per category (a verdict, a unit), one or more bars per
 * row. Horizontal because the pane is narrow and the labels are Chinese names. The chart is one image
 * (`role="img"`) whose `aria-label` states every figure; clicking a row (where the owner allows it) is a
 * mouse shortcut for a control the owner offers to the keyboard as well.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

/** The colours a bar may take, mapped to Fluent's palette so both themes stay readable. */
export type BarTone = 'success' | 'brand' | 'warning' | 'danger' | 'informative' | 'neutral';

export interface ChartBar {
  readonly value: number;
  readonly tone: BarTone;
  /** What the bar counts, for the legend and the tooltip; omitted when the row has one bar. */
  readonly series?: string;
}

export interface ChartRow {
  readonly key: string;
  readonly label: string;
  readonly bars: readonly ChartBar[];
}

export interface BarChartProps {
  /** States every figure: the chart's accessible name. */
  readonly label: string;
  readonly rows: readonly ChartRow[];
  /** Called with a row's key when the row is clicked; without it the rows are not clickable. */
  readonly onRowClick?: (key: string) => void;
  /** The row shown as chosen (the list is filtered to it). */
  readonly selectedKey?: string | null;
  /** Legend entries (series name and tone), shown under the chart when rows have several bars. */
  readonly legend?: readonly { readonly series: string; readonly tone: BarTone }[];
}

const WIDTH = 320;
const LABEL_WIDTH = 96;
const VALUE_WIDTH = 36;
const BAR_HEIGHT = 14;
const BAR_GAP = 2;
const ROW_GAP = 8;
const FONT_SIZE = 12;
const TITLE_HEIGHT = 18;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', maxWidth: '480px', display: 'block', overflow: 'visible' },
  label: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase },
  value: { fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase },
  track: { fill: tokens.colorNeutralBackground3 },
  clickable: { cursor: 'pointer', ':hover': { opacity: 0.8 } },
  selected: { fill: tokens.colorNeutralBackground1Selected, stroke: tokens.colorBrandStroke1, strokeWidth: 1 },
  success: { fill: tokens.colorPaletteGreenBackground3 },
  brand: { fill: tokens.colorBrandBackground },
  warning: { fill: tokens.colorPaletteMarigoldBackground3 },
  danger: { fill: tokens.colorPaletteRedBackground3 },
  informative: { fill: tokens.colorPaletteBlueBorderActive },
  neutral: { fill: tokens.colorNeutralForeground3 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** A label cut to fit its column; the whole text stays in the row's tooltip. */
function shortLabel(text: string, room: number): string {
  // A CJK character takes about one em, Latin about half: count widths, not characters.
  const maxEms = (room - 6) / FONT_SIZE;
  let ems = 0;
  let cut = 0;
  for (const character of text) {
    ems += (character.codePointAt(0) ?? 0) <= 0xff ? 0.55 : 1;
    if (ems > maxEms) return `${text.slice(0, cut)}…`;
    cut += character.length;
  }
  return text;
}

export function BarChart({ label, rows, onRowClick, selectedKey = null, legend }: BarChartProps) {
  const styles = useStyles();
  const largest = Math.max(1, ...rows.flatMap((row) => row.bars.map((bar) => bar.value)));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  let top = 0;
  const laidOut = rows.map((row) => {
    // A row of several bars (a unit's figures) names itself on a line of its own, each bar its series.
    const titled = row.bars.length > 1;
    const height = (titled ? TITLE_HEIGHT : 0) + row.bars.length * BAR_HEIGHT + (row.bars.length - 1) * BAR_GAP;
    const placed = { row, top, height };
    top += height + ROW_GAP;
    return placed;
  });
  const height = Math.max(0, top - ROW_GAP);

  return (
    <figure className={styles.figure}>
      <svg className={styles.svg} role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
        {laidOut.map(({ row, top: rowTop, height: rowHeight }) => {
          const clickable = onRowClick !== undefined;
          return (
            <g
              key={row.key}
              data-row={row.key}
              className={clickable ? styles.clickable : undefined}
              onClick={clickable ? () => onRowClick(row.key) : undefined}
            >
              <title>{`${row.label}：${row.bars.map((bar) => (bar.series ? `${bar.series} ${bar.value}` : String(bar.value))).join('，')}`}</title>
              <rect
                x={0}
                y={rowTop - ROW_GAP / 2}
                width={WIDTH}
                height={rowHeight + ROW_GAP}
                className={row.key === selectedKey ? styles.selected : styles.track}
                fillOpacity={row.key === selectedKey ? 1 : 0}
              />
              {row.bars.length > 1 ? (
                <text x={0} y={rowTop + TITLE_HEIGHT / 2} dominantBaseline="middle" fontSize={FONT_SIZE} fontWeight={600} className={styles.label}>
                  {shortLabel(row.label, WIDTH)}
                </text>
              ) : (
                <text x={0} y={rowTop + rowHeight / 2} dominantBaseline="middle" fontSize={FONT_SIZE} className={styles.label}>
                  {shortLabel(row.label, LABEL_WIDTH)}
                </text>
              )}
              {row.bars.map((bar, index) => {
                const y = rowTop + (row.bars.length > 1 ? TITLE_HEIGHT : 0) + index * (BAR_HEIGHT + BAR_GAP);
                const width = bar.value === 0 ? 0 : Math.max(2, (bar.value / largest) * plotWidth);
                return (
                  <g key={index}>
                    {row.bars.length > 1 && bar.series && (
                      <text x={8} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize={FONT_SIZE - 1} className={styles.value}>
                        {shortLabel(bar.series, LABEL_WIDTH - 8)}
                      </text>
                    )}
                    <rect x={LABEL_WIDTH} y={y} width={plotWidth} height={BAR_HEIGHT} className={styles.track} rx={2} />
                    <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className={mergeClasses(styles[bar.tone])} rx={2} data-value={bar.value} />
                    <text x={LABEL_WIDTH + plotWidth + 4} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize={FONT_SIZE - 1} className={styles.value}>
                      {bar.value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      {legend && legend.length > 0 && (
        <ul className={styles.legend} aria-hidden="true">
          {legend.map((entry) => (
            <li key={entry.series} className={styles.legendItem}>
              <svg width={10} height={10} aria-hidden="true">
                <rect width={10} height={10} rx={2} className={styles[entry.tone]} />
              </svg>
              {entry.series}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
