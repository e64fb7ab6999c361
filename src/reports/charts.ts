import * as echarts from 'echarts';

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
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
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
    return instance.renderToSVGString().replace(/ paint-order="[^"]*"/g, '');
  } finally {
    instance.dispose();
  }
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

/** Every risk area as one bar of its level shares, stacked, with last round's share marked as a diamond. */
export function stackedSharesSvg(chart: StackedShares, fontFamily = 'DejaVu Sans'): string {
  const width = 640;
  const height = Math.max(140, 30 * chart.categories.length + 70);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily, fontSize: 11, color: '#1b1b1b' },
      legend: { bottom: 0, textStyle: { color: '#1b1b1b' }, itemWidth: 14, itemHeight: 10 },
      grid: { left: 224, right: 24, top: 8, bottom: 48 },
      xAxis: { type: 'value', max: 100, axisLabel: { color: '#1b1b1b', formatter: '{value} %' } },
      yAxis: {
        type: 'category',
        data: chart.categories,
        inverse: true,
        axisLabel: { color: '#1b1b1b', width: 210, overflow: 'truncate' },
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
    return instance.renderToSVGString().replace(/ paint-order="[^"]*"/g, '');
  } finally {
    instance.dispose();
  }
}

export interface ShareLine {
  categories: string[];
  /** The share (0–100) in each round; null where the round counted nothing. */
  values: (number | null)[];
}

/** A risk area's share over the rounds as a line with its points marked and labelled. */
export function shareLineSvg(chart: ShareLine, fontFamily = 'DejaVu Sans'): string {
  const width = 460;
  const height = 170;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily, fontSize: 11, color: '#1b1b1b' },
      grid: { left: 48, right: 24, top: 16, bottom: 40 },
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { color: '#1b1b1b', hideOverlap: true },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: '#1b1b1b', formatter: '{value} %' } },
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
    return instance.renderToSVGString().replace(/ paint-order="[^"]*"/g, '');
  } finally {
    instance.dispose();
  }
}
