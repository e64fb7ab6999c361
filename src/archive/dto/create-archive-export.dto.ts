import { says } from '../../common/dto-fields';
import { IsOptional, Matches } from 'class-validator';

export class CreateArchiveExportDto {
  /** The county to export (two digits); left out for the whole country, which only admins may export. */
  @IsOptional()
  @Matches(/^\d{2}$/, says('county_code'))
  countyCode?: string;
}
