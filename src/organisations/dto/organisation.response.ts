import { ApiProperty } from '@nestjs/swagger';
import { OneOf } from '../../common/api-docs';
import { ORGANISATION_KINDS, OrganisationKind } from '../../geography/organisation.entity';
import type { OrganisationView } from '../organisation.view';

export class OrganisationBody implements OrganisationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '07' }) countyCode!: string;
  @ApiProperty() name!: string;
  @OneOf(ORGANISATION_KINDS) kind!: OrganisationKind;
  @ApiProperty({ description: 'Inactive organisations are not offered to new rounds' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
