// A small SVG bar chart (stacked series per day), drawn from numbers only; a table beside it carries the same data
// for screen readers.
const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * @param rows [{label, values: {key: number}}]
 * @param series [{key, label, color}] stacked bottom to top
 */
export function stackedBars(rows, series, { title, height = 180 } = {}) {
  const width = Math.max(320, rows.length * 18 + 50);
  const top = 10;
  const bottom = 28;
  const left = 40;
  const plot = height - top - bottom;
  const max = Math.max(1, ...rows.map((row) => series.reduce((sum, s) => sum + (row.values[s.key] || 0), 0)));
  const step = (width - left - 10) / Math.max(1, rows.length);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  chart.append(svg('title', {}, title));
  for (const fraction of [0, 0.5, 1]) {
    const y = top + plot - plot * fraction;
    chart.append(svg('line', { x1: left, x2: width - 10, y1: y, y2: y, stroke: '#d6dbe1' }));
    chart.append(svg('text', { x: left - 4, y: y + 3, 'text-anchor': 'end' }, String(Math.round(max * fraction))));
  }
  rows.forEach((row, index) => {
    const x = left + index * step + step * 0.15;
    let base = top + plot;
    for (const s of series) {
      const value = row.values[s.key] || 0;
      if (!value) continue;
      const barHeight = (value / max) * plot;
      base -= barHeight;
      const bar = svg('rect', { x, y: base, width: step * 0.7, height: barHeight, fill: s.color });
      bar.append(svg('title', {}, `${row.label} ${s.label}: ${value}`));
      chart.append(bar);
    }
    if (index % Math.ceil(rows.length / 8) === 0) {
      chart.append(svg('text', { x: x + step * 0.35, y: height - 10, 'text-anchor': 'middle' }, row.label));
    }
  });
  return chart;
}
