import type { NationalPicture } from '../../collections/national-picture';

/** A figure of one risk area: how many municipalities report it, and their share of those counted. */
export interface AreaCell {
  municipalityCount: number;
  share: number | null;
}

export interface AreaRow {
  area: string;
  nation: AreaCell;
  /** One cell per county, in the order of `picture.counties`; null where the county's picture has no such area. */
  counties: (AreaCell | null)[];
}

/** The risk areas of the national page: the nation's figure and each county's own, matched by area code. */
export function nationalAreaRows(picture: Pick<NationalPicture, 'riskAreas' | 'counties'>): AreaRow[] {
  const byCounty = picture.counties.map((c) => new Map(c.riskAreas.map((a) => [a.area, a])));
  const cell = (a: AreaCell): AreaCell => ({ municipalityCount: a.municipalityCount, share: a.share });
  return picture.riskAreas.map((a) => ({
    area: a.area,
    nation: cell(a),
    counties: byCounty.map((areas) => {
      const own = areas.get(a.area);
      return own ? cell(own) : null;
    }),
  }));
}
