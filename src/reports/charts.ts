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
