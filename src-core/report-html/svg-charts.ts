import type { BarChart, Chart, PieChart } from '../domain/report/model';
import { esc } from './escape';

/**
 * Charts as inline SVG (no script, no external files: they print as vectors). Geometry is pixel
 * arithmetic on the printed hundredths; no amount is computed here.
 */

/** Print-safe palette, distinguishable in greyscale by lightness order. */
const PALETTE = [
  '#1f4e79',
  '#c55a11',
  '#548235',
  '#7030a0',
  '#2e75b6',
  '#bf9000',
  '#7f7f7f',
  '#843c0c',
  '#00b0a0',
  '#a5a5a5',
];
const PRIOR = '#9db3cc';
const CURRENT = '#1f4e79';
const FONT = `font-family="'Noto Sans CJK SC','SimHei',sans-serif"`;

/** Width of every chart's viewBox, and the width it is printed at (the text block, styles.ts). */
export const CHART_VIEW_WIDTH = 720;
export const CHART_PRINT_WIDTH_MM = 156;

/**
 * Font sizes in viewBox units. Printed, a unit is 156 mm / 720 ≈ 0.82 CSS px, so the smallest
 * text (15) prints at 12.3 px (9.2 pt), legends and pie labels (16) at 13.1 px.
 */
const TEXT = { legend: 16, label: 15 } as const;

export function renderChart(chart: Chart): string {
  const svg = chart.type === 'pie' ? pieSvg(chart) : barsSvg(chart);
  return `<figure class="chart" id="chart-${esc(chart.id)}">${svg}<figcaption>${esc(chart.title)}</figcaption></figure>`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

function pieSvg(chart: PieChart): string {
  const cx = 150;
  const cy = 150;
  const r = 120;
  const rowH = 28;
  const height = Math.max(300, 40 + chart.slices.length * rowH);
  const parts: string[] = [];
  let start = -Math.PI / 2;
  chart.slices.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const angle = (s.shareHundredths / 10000) * 2 * Math.PI;
    if (s.shareHundredths >= 10000 || chart.slices.length === 1) {
      parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" stroke="#fff" stroke-width="1.5"/>`);
    } else if (angle > 0) {
      const end = start + angle;
      const large = angle > Math.PI ? 1 : 0;
      const x1 = r2(cx + r * Math.cos(start));
      const y1 = r2(cy + r * Math.sin(start));
      const x2 = r2(cx + r * Math.cos(end));
      const y2 = r2(cy + r * Math.sin(end));
      parts.push(
        `<path d="M${cx},${cy} L${x1},${y1} A${r},${r} 0 ${large} 1 ${x2},${y2} Z" fill="${color}" stroke="#fff" stroke-width="1.5"/>`,
      );
    }
    // Share on the slice when it is large enough to hold it.
    if (s.shareHundredths >= 1000) {
      const mid = chart.slices.length === 1 ? -Math.PI / 2 + Math.PI : start + angle / 2;
      const lx = chart.slices.length === 1 ? cx : r2(cx + r * 0.62 * Math.cos(mid));
      const ly = chart.slices.length === 1 ? cy + 6 : r2(cy + r * 0.62 * Math.sin(mid) + 6);
      parts.push(
        `<text x="${lx}" y="${ly}" text-anchor="middle" font-size="${TEXT.legend}" fill="#fff" ${FONT}>${esc(s.share)}%</text>`,
      );
    }
    start += angle;
  });
  const legendTop = Math.max(20, height / 2 - (chart.slices.length * rowH) / 2);
  chart.slices.forEach((s, i) => {
    const y = legendTop + i * rowH;
    parts.push(`<rect x="300" y="${y}" width="16" height="16" fill="${PALETTE[i % PALETTE.length]}"/>`);
    parts.push(
      `<text x="324" y="${y + 13}" font-size="${TEXT.legend}" fill="#000" ${FONT}>${esc(s.label)}\u3000${esc(s.value.text)}万元\u3000${esc(s.share)}%</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_VIEW_WIDTH} ${height}" class="pie" role="img" aria-label="${esc(chart.title)}">${parts.join('')}</svg>`;
}

/** Splits a label into lines of at most `n` characters (CJK labels under bars). */
function wrap(label: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < label.length; i += n) out.push(label.slice(i, i + n));
  return out;
}

function barsSvg(chart: BarChart): string {
  const width = CHART_VIEW_WIDTH;
  const top = 50;
  const plotH = 200;
  const left = 60;
  const right = 20;
  const base = top + plotH;
  const max = Math.max(1, ...chart.groups.flatMap((g) => g.values.map((v) => v?.steps ?? 0)));
  const groupW = (width - left - right) / Math.max(1, chart.groups.length);
  const barW = Math.min(56, groupW * 0.36);
  // Half the space between a group's two bars: room for two values side by side.
  const gap = Math.min(12, groupW * 0.06);
  const parts: string[] = [];
  // Axis and baseline.
  parts.push(`<line x1="${left}" y1="${base}" x2="${width - right}" y2="${base}" stroke="#000" stroke-width="1"/>`);
  parts.push(`<line x1="${left}" y1="${top - 10}" x2="${left}" y2="${base}" stroke="#000" stroke-width="1"/>`);
  parts.push(`<text x="${left - 6}" y="${top - 18}" text-anchor="end" font-size="${TEXT.label}" ${FONT}>万元</text>`);
  // As many characters a line as fit under a group (CJK glyphs are square: one font size wide).
  const perLine = Math.max(2, Math.floor((groupW * 0.94) / TEXT.label));
  const lineH = TEXT.label + 4;
  const lines = Math.max(1, ...chart.groups.map((g) => wrap(g.label, perLine).length));
  chart.groups.forEach((g, i) => {
    const cx = left + groupW * (i + 0.5);
    g.values.forEach((v, k) => {
      const x = r2(cx + (k === 0 ? -barW - gap : gap));
      if (!v) {
        parts.push(
          `<text x="${r2(x + barW / 2)}" y="${base - 6}" text-anchor="middle" font-size="${TEXT.label}" fill="#666" ${FONT}>—</text>`,
        );
        return;
      }
      const h = r2((Math.max(0, v.steps) / max) * plotH);
      parts.push(
        `<rect x="${x}" y="${r2(base - h)}" width="${r2(barW)}" height="${h}" fill="${k === 0 ? PRIOR : CURRENT}"/>`,
      );
      parts.push(
        `<text x="${r2(x + barW / 2)}" y="${r2(base - h - 5)}" text-anchor="middle" font-size="${TEXT.label}" ${FONT}>${esc(v.text)}</text>`,
      );
    });
    wrap(g.label, perLine).forEach((line, j) => {
      parts.push(
        `<text x="${r2(cx)}" y="${base + 20 + j * lineH}" text-anchor="middle" font-size="${TEXT.label}" ${FONT}>${esc(line)}</text>`,
      );
    });
  });
  const legendY = 16;
  chart.series.forEach((name, k) => {
    const x = width - right - 360 + k * 185;
    parts.push(`<rect x="${x}" y="${legendY}" width="16" height="16" fill="${k === 0 ? PRIOR : CURRENT}"/>`);
    parts.push(`<text x="${x + 22}" y="${legendY + 14}" font-size="${TEXT.legend}" ${FONT}>${esc(name)}</text>`);
  });
  const height = base + 20 + lines * lineH + 6;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="bars" role="img" aria-label="${esc(chart.title)}">${parts.join('')}</svg>`;
}
