import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import { loadReportTexts } from '../../src/reports/report-texts';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { dashboardOf } from '../../src/web/county-picture/dashboard';
import { assessment, doc, FOUR_MUNICIPALITIES, pictureInput, risk } from '../support/pictures';

const [first, second] = FOUR_MUNICIPALITIES;

describe('the dashboard model', () => {
  const input = pictureInput('approved', [
    assessment(
      first!.code,
      'approved',
      doc({ observedRisks: [risk('r1', 'alkohol_narkotika', 'hog', 'okat')] }),
    ),
    assessment(
      second!.code,
      'approved',
      doc({ observedRisks: [risk('r1', 'alkohol_narkotika', 'lag', 'minskat')] }),
    ),
  ]);

  it("draws each reported area's chart with its data as the text alternative, and tables the same figures", () => {
    const dashboard = dashboardOf(buildCountyPicture(input), loadReportTexts('sv'));
    const area = dashboard.riskAreas.find((a) => a.code === 'alkohol_narkotika')!;
    assert.equal(area.label, 'Alkohol och narkotika');
    assert.equal(area.municipalityCount, 2);
    assert.match(area.alt, /Låg 1, Medel 0, Hög 1, Mycket hög 0/);
    assert.match(area.chart ?? '', /^<svg role="img" aria-label="[^"]*Låg 1, Medel 0, Hög 1/);
    assert.deepEqual(
      area.figures.map((f) => [f.level?.label, f.level?.count, f.trend?.label, f.trend?.count]),
      [
        ['Låg', 1, 'Minskat', 1],
        ['Medel', 0, 'Oförändrat', 0],
        ['Hög', 1, 'Ökat', 1],
        ['Mycket hög', 0, 'Ny', 0],
        [undefined, undefined, 'Vet ej', 0],
      ],
    );
    const other = dashboard.riskAreas.find((a) => a.code === 'social_oro')!;
    assert.equal(other.chart, null, 'no chart for an area nobody reports');
  });

  it('gives each heatmap cell its level and trend in words, with the mark beside them', () => {
    const dashboard = dashboardOf(buildCountyPicture(input), loadReportTexts('en'));
    const column = dashboard.heatmap.areas.findIndex((a) => a.code === 'alkohol_narkotika');
    const cell = dashboard.heatmap.rows.find((r) => r.name === first!.name)!.cells[column]!;
    assert.deepEqual(cell, { level: 'High', colour: '#fbc79a', trend: { label: 'Increased', mark: '↑' } });
  });

  it("escapes a round's own labels in the chart's text alternative", () => {
    const hostile = {
      ...input,
      round: {
        ...input.round,
        taxonomy: {
          ...DEFAULT_TAXONOMY,
          riskAreas: [{ code: 'alkohol_narkotika', label: { sv: '"><script>alert(1)</script>', en: 'x' } }],
        },
      },
    };
    const chart = dashboardOf(buildCountyPicture(hostile), loadReportTexts('sv')).riskAreas[0]!.chart ?? '';
    assert.doesNotMatch(chart, /<script>/);
    assert.match(chart, /aria-label="[^"]*&quot;&gt;&lt;script&gt;alert/);
  });
});
