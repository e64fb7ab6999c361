import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import { countyDocument } from '../../src/reports/document/county-document';
import { coverWarning } from '../../src/reports/document/cover';
import type { Block, Table } from '../../src/reports/document/report-document';
import { columnWidths, PAD, TextMeasure, turnedHeaderHeight } from '../../src/reports/document/table-layout';
import {
  completenessOf,
  incompleteFinalMessage,
  incompleteFinalRefusal,
  isIncompleteFinal,
  reportFileName,
  slugOf,
} from '../../src/reports/report-rules';
import { loadReportTexts } from '../../src/reports/report-texts';
import { assessment, doc, pictureInput, risk } from '../support/pictures';

const sv = loadReportTexts('sv');

/**
 * Aby approved (social unrest high, alcohol low, a new risk), Bby approved (social unrest very high), Cby submitted and
 * waiting, Dby not started: four municipalities, two counted in a final report.
 */
function picture(include: 'approved' | 'submitted' = 'approved', status = 'open') {
  const input = pictureInput(include, [
    assessment(
      '0001',
      'approved',
      doc({
        observedRisks: [
          risk('r1', 'social_oro', 'hog', 'ny', { title: 'Bränder' }),
          risk('r2', 'alkohol_narkotika', 'lag', 'oforandrat'),
        ],
      }),
    ),
    assessment('0002', 'approved', doc({ observedRisks: [risk('r3', 'social_oro', 'mycket_hog', 'okat')] })),
    assessment(
      '0003',
      'submitted',
      doc({ observedRisks: [risk('r4', 'psykisk_ohalsa_isolering', 'medel', 'okat')] }),
    ),
    assessment('0004', 'not_started', null),
  ]);
  return buildCountyPicture({ ...input, round: { ...input.round, status } });
}

describe('what a final report of an incomplete basis needs', () => {
  it('counts the open round and the assessments waiting, and asks for acknowledgement only for a final report', () => {
    const open = picture();
    const completeness = completenessOf(open.round.status, open.response);
    assert.deepEqual(completeness, { openRounds: 1, awaitingReview: 1, approved: 2, expected: 4 });
    assert.equal(isIncompleteFinal('approved', completeness), true);
    assert.equal(
      isIncompleteFinal('submitted', completeness),
      false,
      'a working version says what it is anyway',
    );
    const done = { openRounds: 0, awaitingReview: 0, approved: 4, expected: 4 };
    assert.equal(isIncompleteFinal('approved', done), false);
    assert.equal(incompleteFinalMessage(completeness).code, 'reports.incomplete_open_waiting');
    assert.equal(
      incompleteFinalMessage({ ...completeness, awaitingReview: 0 }).code,
      'reports.incomplete_open',
    );
    assert.equal(
      incompleteFinalMessage({ ...completeness, openRounds: 0 }).code,
      'reports.incomplete_waiting',
    );
    const refusal = incompleteFinalRefusal(completeness);
    assert.equal(refusal.code, 'BASIS_INCOMPLETE');
    assert.deepEqual(
      refusal.fields.map((f) => [f.path, f.code]),
      [['acknowledgeIncomplete', 'acknowledge_incomplete']],
    );
  });

  it('puts the warning on the cover: always for a working version, for a final one only when incomplete', () => {
    const completeness = { openRounds: 1, awaitingReview: 2, approved: 2, expected: 4 };
    assert.equal(coverWarning('submitted', completeness, sv), sv.cover.working);
    const final = coverWarning('approved', completeness, sv)!;
    assert.match(final, /2 av 4 kommuners bedömningar var godkända/);
    assert.match(final, /fortfarande öppen/);
    assert.match(final, /2 av de inskickade bedömningarna väntade/);
    assert.equal(coverWarning('approved', { ...completeness, openRounds: 0, awaitingReview: 0 }, sv), null);
  });
});

describe('report file names', () => {
  it('say county, round, basis and date in plain letters', () => {
    assert.equal(slugOf('Västra Götalands län'), 'vastra-gotalands-lan');
    assert.equal(slugOf('  Hösten 2026: "social oro" / uppföljning  '), 'hosten-2026-social-oro-uppfoljning');
    assert.equal(
      reportFileName({
        prefix: 'lagesbild',
        subject: 'Kronobergs län',
        round: 'Hösten 2026',
        basis: 'arbetsversion',
        date: new Date('2026-12-02T10:00:00Z'),
        format: 'pdf',
      }),
      'lagesbild-kronobergs-lan-hosten-2026-arbetsversion-2026-12-02.pdf',
    );
    assert.equal(
      reportFileName({
        prefix: 'nationell-lagesbild',
        subject: 'Uppdrag',
        round: '',
        basis: 'slutlig',
        date: new Date('2026-12-02T10:00:00Z'),
        format: 'xlsx',
      }),
      'nationell-lagesbild-uppdrag-slutlig-2026-12-02.xlsx',
    );
  });
});

describe('the summary’s computed findings', () => {
  it('derives the most reported areas, the high levels and the new risks from the figures', () => {
    const { highlights, response } = picture();
    assert.equal(response.counted, 2);
    assert.deepEqual(
      highlights.mostReported.map((a) => [a.area, a.municipalityCount, a.share]),
      [
        ['social_oro', 2, 1],
        ['alkohol_narkotika', 1, 0.5],
      ],
    );
    assert.deepEqual(
      highlights.highLevels.map((a) => [a.area, a.municipalityCount, a.share, a.levels]),
      [['social_oro', 2, 1, ['hog', 'mycket_hog']]],
    );
    assert.deepEqual(
      highlights.newRisks.map((r) => r.title),
      ['Bränder'],
    );
  });

  it('writes them in the summary, marked as computed, beside the analysts’ text', () => {
    const document = countyDocument(picture(), sv, new Date('2026-12-02T10:00:00Z'));
    const findings = document.blocks.find(
      (b): b is Extract<Block, { kind: 'findings' }> => b.kind === 'findings',
    )!;
    assert.equal(findings.title, 'Beräknat ur underlaget');
    assert.match(findings.note, /räknas fram automatiskt/);
    const text = (label: string) => findings.items.find((i) => i.label === label)?.text;
    assert.match(
      text('Mest rapporterade områden')!,
      /^Social oro .*: 2 av 2 kommuner \(100\s%\); Alkohol och narkotika: 1 av 2 kommuner \(50\s%\)$/,
    );
    assert.match(text('Nivå hög eller mycket hög')!, /^Social oro .*: 2 av 2 kommuner \(100\s%\)$/);
    assert.equal(
      text('Nya risker'),
      '1 risk är markerad som ny, inom Social oro (ordningsstörningar, skadegörelse, social oro bland unga).',
    );
    assert.equal(document.mark, null, 'a final report has no working-version mark');
    assert.match(document.cover.warning!, /fortfarande öppen/);
    const working = countyDocument(picture('submitted'), sv, new Date());
    assert.equal(working.mark, sv.mark);
  });
});

/** Five points a character, five and a half in bold; lines of 11 points, wrapped at words. */
const measure: TextMeasure = {
  width: (text, bold) => text.length * (bold ? 5.5 : 5),
  height: (text, width, bold) => {
    let lines = 1;
    let line = 0;
    for (const word of text.split(/\s+/)) {
      const w = word.length * (bold ? 5.5 : 5);
      if (line > 0 && line + 5 + w > width) {
        lines += 1;
        line = w;
      } else line += (line > 0 ? 5 : 0) + w;
    }
    return lines * 11;
  },
  lineHeight: 11,
};
const table = (header: string[], rows: string[][], more: Partial<Table> = {}): Table => ({
  kind: 'table',
  caption: 'T',
  header,
  rows,
  ...more,
});

describe('table columns', () => {
  it('are never narrower than their longest word, and a wide table fills the line', () => {
    const spec = table(
      ['Riskområde', 'Beskrivning'],
      [
        ['Hedersrelaterat våld', 'En lång beskrivning '.repeat(20)],
        ['Övrigt', 'Kort'],
      ],
    );
    const widths = columnWidths(spec, 475, measure);
    assert.ok(widths[0]! >= 'Hedersrelaterat'.length * 5 + 2 * PAD);
    assert.ok(widths[1]! >= 'beskrivning'.length * 5 + 2 * PAD);
    assert.ok(Math.abs(widths[0]! + widths[1]! - 475) < 0.01);
  });

  it('keep a table of short figures narrow', () => {
    const widths = columnWidths(
      table(
        ['Nivå', 'Kommuner'],
        [
          ['Låg', '1'],
          ['Hög', '2'],
        ],
      ),
      475,
      measure,
    );
    assert.ok(widths.reduce((a, b) => a + b, 0) < 475 * 0.6);
  });

  it('share a heatmap’s line equally and make its turned header tall enough for whole words', () => {
    const areas = ['Våld i nära relationer', 'Social oro (ordningsstörningar, skadegörelse)', 'Övrigt'];
    const spec = table(['Kommun', ...areas], [['Växjö', 'Hög ↑', '', 'Låg']], { turnedHeader: true });
    const widths = columnWidths(spec, 722, measure);
    assert.equal(new Set(widths.slice(1).map((w) => w.toFixed(6))).size, 1);
    assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - 722) < 0.01);
    const height = turnedHeaderHeight(spec.header, widths, measure);
    assert.ok(height >= '(ordningsstörningar,'.length * 5.5 + 2 * PAD);
    for (const [i, label] of areas.entries())
      assert.ok(measure.height(label, height - 2 * PAD, true) <= widths[i + 1]! - 2 * PAD, label);
  });
});
