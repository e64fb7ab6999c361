import * as echarts from 'echarts';
import { measureText } from './fonts';

// Labels are measured in the font the charts are drawn in, so that they break and space for it.
echarts.setPlatformAPI({ measureText });

export interface BarChart {
  categories: string[];
  values: number[];
  width?: number;
  height?: number;
}

/**
 * A horizontal bar chart as SVG, drawn by ECharts on the server. The same SVG goes into the dashboard and, through
 * svg-to-pdfkit, into the PDF. Text outlines are stripped: svg-to-pdfkit draws them over the labels.
 */
export function barChartSvg(chart: BarChart, fontFamily = 'DejaVu Sans'): string {
  const width = chart.width ?? 460;
  const height = chart.height ?? Math.max(90, 28 * chart.categories.length + 40);
  return renderSvg(width, height, {
    textStyle: { fontFamily, fontSize: 11, color: '#1b1b1b' },
    grid: { left: 150, right: 40, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1b1b1b' } },
    yAxis: {
      type: 'category',
      data: chart.categories,
      inverse: true,
      axisLabel: { color: '#1b1b1b', width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: chart.values,
        itemStyle: { color: '#1f4e79' },
        label: { show: true, position: 'right', color: '#1b1b1b', textBorderWidth: 0 },
      },
    ],
  });
}

/** Colours of the levels in the overview chart, lowest first: each at least 3:1 against white, told apart by borders. */
const LEVEL_FILLS = ['#4d7f3a', '#9a6b00', '#c4501b', '#8e1b1b'];

export interface StackedShares {
  categories: string[];
  /** One series per level, lowest first: the share (0–100) of the counted municipalities at that level. */
  series: { name: string; values: number[] }[];
  /** The share (0–100) in the previous round, marked on each bar; null where there is none. */
  previous: (number | null)[] | null;
  previousName: string;
}

/** Draws an ECharts option as SVG on the server. Text outlines are stripped: svg-to-pdfkit draws them over the labels. */
function renderSvg(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({ animation: false, ...option });
    return instance.renderToSVGString().replace(/ paint-order="[^"]*"/g, '');
  } finally {
    instance.dispose();
  }
}

/** The axes of a chart of shares over the rounds: the rounds along, 0–100 % up. */
function shareAxes(categories: string[], fontSize: number) {
  return {
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: { color: '#1b1b1b', fontSize, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: '#1b1b1b', fontSize, formatter: '{value} %' },
    },
  };
}

/** How a chart is drawn: the page's font, its width (in points for a report, pixels on a page) and its text size. */
export interface ChartStyle {
  fontFamily: string;
  width: number;
  fontSize: number;
}

/** The report's charts: the width of the page's text, in its 9 pt type. */
export const REPORT_CHART: ChartStyle = { fontFamily: 'DejaVu Sans', width: 475, fontSize: 9 };

/** The height an SVG says it has. */
export function svgHeight(svg: string): number {
  return Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
}

/** Every risk area as one bar of its level shares, stacked, with last round's share marked as a diamond. */
export function stackedSharesSvg(
  chart: StackedShares,
  style: ChartStyle = { fontFamily: 'DejaVu Sans', width: 640, fontSize: 11 },
): string {
  const { width, fontSize, fontFamily } = style;
  const row = Math.round(fontSize * 2.6);
  const height = Math.max(140, row * chart.categories.length + fontSize * 6);
  const labels = Math.round(width * 0.36);
  return renderSvg(width, height, {
    textStyle: { fontFamily, fontSize, color: '#1b1b1b' },
    legend: { bottom: 0, textStyle: { color: '#1b1b1b', fontSize }, itemWidth: 14, itemHeight: 10 },
    grid: { left: labels, right: 16, top: 8, bottom: fontSize * 4.5 },
    xAxis: {
      type: 'value',
      max: 100,
      axisLabel: { color: '#1b1b1b', fontSize, formatter: '{value} %' },
    },
    yAxis: {
      type: 'category',
      data: chart.categories,
      inverse: true,
      axisLabel: {
        color: '#1b1b1b',
        fontSize,
        width: labels - 12,
        overflow: 'break',
        lineHeight: fontSize * 1.2,
      },
    },
    series: [
      ...chart.series.map((s, i) => ({
        type: 'bar',
        name: s.name,
        stack: 'levels',
        data: s.values,
        itemStyle: {
          color: LEVEL_FILLS[Math.min(i, LEVEL_FILLS.length - 1)],
          borderColor: '#ffffff',
          borderWidth: 1,
        },
      })),
      ...(chart.previous
        ? [
            {
              type: 'scatter',
              name: chart.previousName,
              data: chart.previous.map((v, i) => (v === null ? null : [v, i])),
              symbol: 'diamond',
              symbolSize: 12,
              itemStyle: { color: '#1b1b1b', borderColor: '#ffffff', borderWidth: 1 },
              z: 5,
            },
          ]
        : []),
    ],
  });
}

export interface ShareLine {
  categories: string[];
  /** The share (0–100) in each round; null where the round counted nothing. */
  values: (number | null)[];
}

/** A risk area's share over the rounds as a line with its points marked and labelled. */
export function shareLineSvg(
  chart: ShareLine,
  style: ChartStyle = { fontFamily: 'DejaVu Sans', width: 460, fontSize: 11 },
  height = 170,
): string {
  const { width, fontSize, fontFamily } = style;
  return renderSvg(width, height, {
    textStyle: { fontFamily, fontSize, color: '#1b1b1b' },
    grid: { left: fontSize * 4.5, right: 24, top: 16, bottom: fontSize * 3.5 },
    ...shareAxes(chart.categories, fontSize),
    series: [
      {
        type: 'line',
        data: chart.values,
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: '#1f4e79', width: 2 },
        itemStyle: { color: '#1f4e79' },
      },
    ],
  });
}

export interface ShareLines {
  categories: string[];
  /** One line per risk area: its share (0–100) in each round, null where the round counted nothing. */
  series: { name: string; values: (number | null)[] }[];
}

/** Lines told apart by their marks and dashes as well as their colours, so that no line is known by colour alone. */
const LINE_STYLES = [
  { color: '#1f4e79', symbol: 'circle', type: 'solid' },
  { color: '#8e1b1b', symbol: 'rect', type: 'solid' },
  { color: '#4d7f3a', symbol: 'triangle', type: 'dashed' },
  { color: '#9a6b00', symbol: 'diamond', type: 'dashed' },
  { color: '#5b2a86', symbol: 'pin', type: 'dotted' },
] as const;

/** Several risk areas' shares over the rounds, one line each, with a legend. */
export function shareLinesSvg(chart: ShareLines, style: ChartStyle = REPORT_CHART): string {
  const { width, fontSize, fontFamily } = style;
  const height = 200 + fontSize * 2 * Math.ceil(chart.series.length / 2);
  return renderSvg(width, height, {
    textStyle: { fontFamily, fontSize, color: '#1b1b1b' },
    legend: { bottom: 0, textStyle: { color: '#1b1b1b', fontSize }, itemWidth: 22, itemHeight: 8 },
    grid: {
      left: fontSize * 4.5,
      right: 16,
      top: 12,
      bottom: fontSize * 3 + fontSize * 2 * Math.ceil(chart.series.length / 2),
    },
    ...shareAxes(chart.categories, fontSize),
    series: chart.series.map((s, i) => {
      const look = LINE_STYLES[i % LINE_STYLES.length]!;
      return {
        type: 'line',
        name: s.name,
        data: s.values,
        connectNulls: false,
        symbol: look.symbol,
        symbolSize: 7,
        lineStyle: { color: look.color, width: 2, type: look.type },
        itemStyle: { color: look.color },
      };
    }),
  });
}
