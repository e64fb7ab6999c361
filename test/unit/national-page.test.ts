import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalAreaRows } from '../../src/web/collections/national-page';

const area = (code: string, municipalityCount: number, share: number | null) =>
  ({ area: code, municipalityCount, share }) as never;

describe('the national page', () => {
  it("matches each county's figure to its own area, not the first area of the county", () => {
    const rows = nationalAreaRows({
      riskAreas: [area('vald', 3, 0.5), area('droger', 1, 1 / 6)],
      counties: [
        { riskAreas: [area('vald', 2, 0.5), area('droger', 0, 0)] },
        { riskAreas: [area('droger', 1, 0.5)] },
      ] as never,
    });
    assert.deepEqual(rows, [
      {
        area: 'vald',
        nation: { municipalityCount: 3, share: 0.5 },
        counties: [{ municipalityCount: 2, share: 0.5 }, null],
      },
      {
        area: 'droger',
        nation: { municipalityCount: 1, share: 1 / 6 },
        counties: [
          { municipalityCount: 0, share: 0 },
          { municipalityCount: 1, share: 0.5 },
        ],
      },
    ]);
  });
});
