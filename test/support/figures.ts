/** Reading figures back from what a page, a PDF or a workbook shows, to compare them with the model. */
import assert from 'node:assert/strict';
import type { CountyPicture } from '../../src/county-picture/county-picture.model';
import { completeDocument } from './documents';

/** Kronoberg's eight municipalities. */
export const KRONOBERG = ['0760', '0761', '0763', '0764', '0765', '0767', '0780', '0781'];
const AREAS = [
  'vald_nara_relationer',
  'hedersrelaterat_vald',
  'utsatta_barn_familjer',
  'alkohol_narkotika',
  'psykisk_ohalsa_isolering',
  'social_oro',
];
const LEVELS = ['lag', 'medel', 'hog', 'mycket_hog'];
const TRENDS = ['minskat', 'oforandrat', 'okat', 'ny'];

const LIKELIHOODS = ['mycket_lag', 'lag', 'medelhog', 'hog', 'mycket_hog'];
const CONSEQUENCES = ['mycket_begransade', 'begransade', 'allvarliga', 'mycket_allvarliga', 'katastrofala'];
const STAGES = ['segregation', 'fordomar_rykten', 'utlosande_handelse', 'upplopp_vald'];

/**
 * A complete document whose risks differ by `seed`: one to three risks, in different areas, levels and trends; with
 * `scored`, each with an RSA likelihood and consequence, and a stage where it is social unrest.
 */
export function varied(seed: number, version: number, scored = false) {
  const document = completeDocument(version);
  const [first, second] = document.observedRisks;
  const risks = [0, 1, 2].slice(0, 1 + (seed % 3)).map((k) => ({
    ...(k % 2 === 0 ? first! : second!),
    id: `r${k + 1}`,
    title: `Risk ${seed}-${k}`,
    area: AREAS[(seed + 2 * k) % AREAS.length]!,
    level: LEVELS[(seed + k) % LEVELS.length]!,
    trend: TRENDS[(seed * 3 + k) % TRENDS.length]!,
    ...(scored
      ? {
          likelihood: LIKELIHOODS[(seed + k) % 3]!,
          consequence: CONSEQUENCES[(seed * 2 + k) % 4]!,
          escalationStage: AREAS[(seed + 2 * k) % AREAS.length] === 'social_oro' ? STAGES[seed % 4]! : null,
        }
      : {}),
  }));
  return {
    ...document,
    observedRisks: risks,
    measuresTaken: document.measuresTaken.map((m) => ({ ...m, riskIds: ['r1'] })),
    plannedMeasures: document.plannedMeasures.map((m) => ({ ...m, riskIds: ['r1'] })),
  };
}

/** A share as the pages print it ("37,5 %", "100 %") back to a fraction. */
export const shareOf = (text: string) =>
  Number(text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.')) / 100;
/** A change in percentage points as printed ("+12,5", "−25", "0") back to a number. */
export const pointsOf = (text: string) => Number(text.replace('−', '-').replace('+', '').replace(',', '.'));
export const near = (shown: number, model: number | null, what: string) => {
  assert.ok(model !== null, `${what}: the model has a figure`);
  assert.ok(Math.abs(shown - model) <= 0.0005, `${what}: shown ${shown}, model ${model}`);
};
export const PERCENT = String.raw`([\d,]+)[\s\u00a0\u202f]?%`;
const POINTS = String.raw`([+−-]?[\d,]+)`;
/** "2 av 4 kommuner rapporterar området: 50 % (förra omgången 37,5 %, +12,5 procentenheter)." */
const AREA_LINE = new RegExp(
  String.raw`(\d+) av (\d+) kommuner rapporterar området: ${PERCENT}(?: \(förra omgången ${PERCENT}, ${POINTS} procentenheter\))?\.`,
);
const PANEL =
  /Av (?:de (\d+) kommuner|den kommun) som svarat båda gångerna rapporterar (\d+) området nu och (\d+) förra omgången\./;

/** Every figure a sentence about an area shows, checked against the area's model. */
export function checkAreaWords(
  text: string,
  area: CountyPicture['riskAreas'][number],
  counted: number,
  what: string,
) {
  const line = AREA_LINE.exec(text.replace(/\s+/g, ' '));
  assert.ok(line, `${what}: the sentence is there in ${text}`);
  assert.equal(Number(line[1]), area.municipalityCount, `${what}: municipalities`);
  assert.equal(Number(line[2]), counted, `${what}: counted`);
  near(shareOf(line[3]!), area.share, `${what}: share`);
  if (area.change?.shareDelta !== null && area.change !== null) {
    near(shareOf(line[4]!), area.previous!.share, `${what}: previous share`);
    assert.ok(Math.abs(pointsOf(line[5]!) - area.change.shareDelta) <= 0.05, `${what}: change in points`);
    const panel = PANEL.exec(text.replace(/\s+/g, ' '));
    assert.ok(panel, `${what}: the like-for-like panel is there`);
    assert.deepEqual(
      [Number(panel[1] ?? 1), Number(panel[2]), Number(panel[3])],
      [area.change.panel.municipalities, area.change.panel.reportingNow, area.change.panel.reportingBefore],
      `${what}: panel`,
    );
  } else assert.equal(line[4], undefined, `${what}: no change without a previous round`);
}
