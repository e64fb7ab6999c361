import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RiskAreaFigures } from '../../src/county-picture/county-picture.model';
import { areaInWords, formatPoints } from '../../src/reports/change-words';
import { loadReportTexts } from '../../src/reports/report-texts';

const sv = loadReportTexts('sv');
const en = loadReportTexts('en');
/** Normal spaces for the no-break ones Intl puts before the per cent sign and in "−". */
const plain = (text: string | null) => text?.replace(/\u00a0|\u202f/g, ' ') ?? null;

function figures(
  now: [number, number],
  before: [number, number] | null,
  panel = { municipalities: 3, reportingNow: 2, reportingBefore: 1 },
): Pick<RiskAreaFigures, 'municipalityCount' | 'share' | 'previous' | 'change'> {
  const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const nowShare = share(...now);
  const beforeShare = before ? share(...before) : null;
  return {
    municipalityCount: now[0],
    share: nowShare,
    previous: before
      ? { municipalityCount: before[0], counted: before[1], share: beforeShare, levels: [], from: [] }
      : null,
    change: before
      ? {
          municipalityCount: now[0] - before[0],
          shareDelta:
            nowShare === null || beforeShare === null
              ? null
              : Math.round((nowShare - beforeShare) * 10_000) / 100,
          panel,
        }
      : null,
  };
}

describe('a risk area in words', () => {
  it('puts the share now and before and the change in percentage points, then the like-for-like panel', () => {
    const words = areaInWords(figures([2, 4], [3, 8]), 4, sv);
    assert.equal(
      plain(words.line),
      '2 av 4 kommuner rapporterar området: 50 % (förra omgången 37,5 %, +12,5 procentenheter).',
    );
    assert.equal(
      plain(words.panel),
      'Av de 3 kommuner som svarat båda gångerna rapporterar 2 området nu och 1 förra omgången.',
    );
  });

  it('never shows the bare difference of counts', () => {
    // One municipality fewer, but a larger share: nothing in the words may read as a decline.
    const words = areaInWords(figures([2, 4], [3, 8]), 4, sv);
    assert.doesNotMatch(`${words.line} ${words.panel}`, /−1|-1\b/);
  });

  it('signs a fall and says nothing changed with a zero', () => {
    assert.match(
      plain(areaInWords(figures([1, 4], [3, 6]), 4, sv).line)!,
      /25 % \(förra omgången 50 %, −25 procentenheter\)/,
    );
    assert.match(
      plain(areaInWords(figures([1, 2], [2, 4]), 2, sv).line)!,
      /50 % \(förra omgången 50 %, 0 procentenheter\)/,
    );
    assert.equal(formatPoints(-3.33, sv), '−3,3');
    assert.equal(formatPoints(12.5, en), '+12.5');
  });

  it('words a panel of one and of none, a round without a previous one and a previous round without a basis', () => {
    const one = areaInWords(
      figures([1, 2], [1, 2], { municipalities: 1, reportingNow: 1, reportingBefore: 0 }),
      2,
      sv,
    );
    assert.equal(
      one.panel,
      'Av den kommun som svarat båda gångerna rapporterar 1 området nu och 0 förra omgången.',
    );
    const none = areaInWords(
      figures([1, 2], [1, 2], { municipalities: 0, reportingNow: 0, reportingBefore: 0 }),
      2,
      sv,
    );
    assert.match(none.panel!, /^Ingen kommun har svarat båda gångerna/);
    const first = areaInWords(figures([1, 2], null), 2, sv);
    assert.deepEqual([plain(first.line), first.panel], ['1 av 2 kommuner rapporterar området: 50 %.', null]);
    const empty = areaInWords(figures([1, 2], [0, 0]), 2, sv);
    assert.match(empty.line, /förra omgången ingick ingen bedömning i underlaget/);
    assert.equal(empty.panel, null);
  });

  it('speaks English from the English texts', () => {
    const words = areaInWords(figures([2, 4], [3, 8]), 4, en);
    assert.equal(
      plain(words.line),
      '2 of 4 municipalities report the area: 50% (previous round 37.5%, +12.5 percentage points).',
    );
    assert.equal(
      words.panel,
      'Of the 3 municipalities that answered both times, the number reporting the area is 2 now and was 1 in the previous round.',
    );
  });
});
