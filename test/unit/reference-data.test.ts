import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadReferenceFile, parseReferenceCsv } from '../../src/geography/reference-data';

describe('shipped reference data', () => {
  const rows = loadReferenceFile();

  it('has the 290 municipalities of the 21 counties, with unique codes', () => {
    assert.equal(rows.length, 290);
    assert.equal(new Set(rows.map((r) => r.code)).size, 290);
    assert.equal(new Set(rows.map((r) => r.countyCode)).size, 21);
  });

  it('adds up to the population SCB reported for 2019', () => {
    assert.equal(
      rows.reduce((sum, r) => sum + r.population, 0),
      10_327_589,
    );
  });

  it('derives the SKR main group from the group code', () => {
    const vaxjo = rows.find((r) => r.code === '0780');
    assert.equal(vaxjo?.name, 'Växjö');
    assert.equal(vaxjo?.countyCode, '07');
    assert.equal(vaxjo?.mainGroup, vaxjo?.groupCode.charAt(0));
    assert.ok(['A', 'B', 'C'].includes(vaxjo?.mainGroup ?? ''));
  });

  it('refuses a row whose code is not in its county', () => {
    const csv =
      'kommunkod,name,lanskod,lan_name,population,kommungrupp,kommungrupp_name,huvudgrupp_name\n' +
      '0780,Växjö,08,Kalmar län,1,B3,x,y\n';
    assert.throws(() => parseReferenceCsv(csv), /row 2/);
  });
});
