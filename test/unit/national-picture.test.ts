import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeInputs, unionTaxonomy } from '../../src/collections/national-picture';
import { buildCountyPicture } from '../../src/county-picture/county-picture.builder';
import { roundRefusal } from '../../src/collections/collections.service';
import type { PictureInput } from '../../src/county-picture/county-picture.builder';
import type { Round } from '../../src/rounds/round.entity';
import { DEFAULT_TAXONOMY } from '../../src/taxonomy/default-taxonomy';
import { svText } from '../support/texts';

const collection = { id: 'c1', title: 'Uppdrag 2026', createdAt: '2026-11-23T00:00:00.000Z' };

function input(countyCode: string, periodEnd: string, withPrevious: boolean): PictureInput {
  return {
    round: {
      id: `round-${countyCode}`,
      title: 'Hösten 2026',
      countyCode,
      countyName: `Län ${countyCode}`,
      periodStart: '2026-07-01',
      periodEnd,
      deadline: periodEnd,
      status: 'open',
      caseNumber: null,
      contact: { name: null, email: null, phone: null },
      taxonomy: DEFAULT_TAXONOMY,
      rsa: { scoring: false, escalationAreas: [] },
    },
    include: 'approved',
    municipalities: [
      {
        code: `${countyCode}80`,
        name: 'K',
        groupCode: null,
        groupName: null,
        mainGroup: null,
        mainGroupName: null,
        population: null,
      },
    ],
    assessments: [],
    previous: withPrevious
      ? {
          round: {
            id: 'p',
            title: 'Våren',
            periodStart: '2026-01-01',
            periodEnd: '2026-06-30',
            taxonomy: DEFAULT_TAXONOMY,
          },
          figures: [],
        }
      : null,
    narratives: { summary: 'Länets egen text' },
    trends: null,
    forums: [],
    organisations: [],
  };
}

describe('the national picture’s input', () => {
  it('spans every county’s municipalities and periods, without any county’s own texts', () => {
    const merged = mergeInputs(collection, [
      input('12', '2026-12-31', true),
      input('07', '2026-11-30', true),
    ]);
    assert.deepEqual(
      merged.municipalities.map((m) => m.code),
      ['0780', '1280'],
    );
    assert.deepEqual([merged.round.periodStart, merged.round.periodEnd], ['2026-07-01', '2026-12-31']);
    assert.equal(merged.round.title, 'Hösten 2026');
    assert.equal(merged.round.countyName, 'Uppdrag 2026');
    assert.deepEqual(merged.narratives, {});
    assert.ok(merged.previous);
  });

  it('keeps every county’s organisations in their own section, never among the municipalities', () => {
    const withOrganisation = (countyCode: string, name: string): PictureInput => ({
      ...input(countyCode, '2026-12-31', false),
      organisations: [
        {
          organisation: { id: `org-${countyCode}`, name, kind: 'region', countyCode },
          assessment: null,
        },
      ],
    });
    const merged = mergeInputs(collection, [
      withOrganisation('12', 'Region Skåne'),
      withOrganisation('07', 'Region Kronoberg'),
    ]);
    const picture = buildCountyPicture(merged);
    assert.deepEqual(
      picture.organisations.rows.map((o) => [o.countyCode, o.name]),
      [
        ['07', 'Region Kronoberg'],
        ['12', 'Region Skåne'],
      ],
    );
    assert.equal(picture.organisations.expected, 2);
    assert.equal(picture.response.expected, 2, 'the two municipalities only');
  });

  it('follows the nation over time from its counties’ trends', () => {
    const trendOf = (countyCode: string, answered: number, reporting: number) => ({
      include: 'approved' as const,
      rounds: [
        {
          id: `r${countyCode}`,
          title: 'Hösten 2026',
          periodStart: '2026-07-01',
          periodEnd: '2026-12-31',
          answered,
          expected: 10,
        },
      ],
      riskAreas: [
        {
          area: 'social_oro',
          points: [
            { roundId: `r${countyCode}`, municipalityCount: reporting, share: null, levels: {}, trends: {} },
          ],
        },
      ],
    });
    const merged = mergeInputs(collection, [
      { ...input('07', '2026-12-31', true), trends: trendOf('07', 4, 1) },
      { ...input('12', '2026-12-31', true), trends: trendOf('12', 6, 4) },
    ]);
    assert.deepEqual(
      merged.trends?.riskAreas.map((a) => a.points.map((p) => [p.roundId, p.municipalityCount, p.share])),
      [[['c1', 5, 0.5]]],
    );
    assert.equal(mergeInputs(collection, [input('07', '2026-12-31', true)]).trends, null);
  });

  it('compares with previous rounds only when every county has one', () => {
    const merged = mergeInputs(collection, [
      input('07', '2026-12-31', true),
      input('12', '2026-12-31', false),
    ]);
    assert.equal(merged.previous, null);
  });

  it('joins taxonomies: every code once, the first label kept, a county’s own entries added', () => {
    const own = structuredClone(DEFAULT_TAXONOMY);
    own.riskAreas = [
      { code: 'social_oro', label: { sv: 'Annat namn', en: 'Other name' } },
      { code: 'eget_omrade', label: { sv: 'Eget område', en: 'Own area' } },
    ];
    const union = unionTaxonomy([DEFAULT_TAXONOMY, own]);
    assert.equal(union.riskAreas.length, DEFAULT_TAXONOMY.riskAreas.length + 1);
    assert.equal(
      union.riskAreas.find((a) => a.code === 'social_oro')?.label.sv,
      DEFAULT_TAXONOMY.riskAreas.find((a) => a.code === 'social_oro')?.label.sv,
    );
    assert.equal(union.riskAreas.at(-1)?.code, 'eget_omrade');
  });

  it('takes opened rounds, one per county', () => {
    const round = (countyCode: string, status: string) => ({ countyCode, status }) as Round;
    assert.equal(svText(roundRefusal(undefined, new Set())), 'omgången finns inte');
    assert.match(svText(roundRefusal(round('07', 'planned'), new Set())), /inte öppnad/);
    assert.match(svText(roundRefusal(round('07', 'open'), new Set(['07']))), /län 07/);
    assert.equal(roundRefusal(round('07', 'closed'), new Set(['12'])), null);
  });
});
