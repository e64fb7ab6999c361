import type { RiskAreaFigures } from '../county-picture/county-picture.model';
import { fill, formatShare, ReportTexts } from './report-texts';

/** The change of a share in percentage points, signed: "+12,5", "−3", "0". */
export function formatPoints(points: number, texts: ReportTexts): string {
  return new Intl.NumberFormat(texts.locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(
    points,
  );
}

/**
 * A risk area's figures in words: how many of the counted municipalities report it and their share, with the share
 * before and the change in percentage points; then the like-for-like panel. A change is never put as a bare count.
 */
export function areaInWords(
  area: Pick<RiskAreaFigures, 'municipalityCount' | 'share' | 'previous' | 'change'>,
  counted: number,
  texts: ReportTexts,
): { line: string; panel: string | null } {
  const words = texts.change;
  const values = {
    count: area.municipalityCount,
    counted,
    share: formatShare(area.share, texts),
  };
  const { previous, change } = area;
  if (!previous || !change) return { line: fill(words.now, values), panel: null };
  if (change.shareDelta === null)
    return { line: fill(previous.counted === 0 ? words.previousEmpty : words.now, values), panel: null };
  const line = fill(words.withPrevious, {
    ...values,
    previous: formatShare(previous.share, texts),
    delta: formatPoints(change.shareDelta, texts),
  });
  const { panel } = change;
  const template =
    panel.municipalities === 0 ? words.panelNone : panel.municipalities === 1 ? words.panelOne : words.panel;
  return {
    line,
    panel: fill(template, {
      municipalities: panel.municipalities,
      now: panel.reportingNow,
      before: panel.reportingBefore,
    }),
  };
}
