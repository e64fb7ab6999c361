import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface ReferenceMunicipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  population: number;
  groupCode: string;
  groupName: string;
  mainGroup: string;
  mainGroupName: string;
}

/** The shipped list: SCB codes and names, population 31 Dec 2019, SKR's grouping of 2017. */
export const REFERENCE_FILE = join(
  __dirname,
  '..',
  '..',
  '..',
  'src',
  'geography',
  'reference',
  'kommuner.csv',
);
export const POPULATION_YEAR = 2019;
export const CLASSIFICATION_YEAR = 2017;

export function parseReferenceCsv(csv: string): ReferenceMunicipality[] {
  const rows = parse<Record<string, string>>(csv, { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((row, i) => {
    const population = Number(row.population);
    const code = row.kommunkod ?? '';
    const countyCode = row.lanskod ?? '';
    if (!/^\d{4}$/.test(code) || !code.startsWith(countyCode) || !Number.isInteger(population)) {
      throw new Error(`kommuner.csv row ${i + 2} is not valid`);
    }
    const groupCode = row.kommungrupp ?? '';
    return {
      code,
      name: row.name ?? '',
      countyCode,
      countyName: row.lan_name ?? '',
      population,
      groupCode,
      groupName: row.kommungrupp_name ?? '',
      mainGroup: groupCode.charAt(0),
      mainGroupName: row.huvudgrupp_name ?? '',
    };
  });
}

export function loadReferenceFile(path = REFERENCE_FILE): ReferenceMunicipality[] {
  return parseReferenceCsv(readFileSync(path, 'utf8'));
}
