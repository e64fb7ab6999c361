import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '../../access/actor';
import { Nullable, OneOf } from '../../common/api-docs';
import type { UserView } from '../user.view';

export class UserBody implements UserView {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @OneOf(ROLES) role!: Role;
  @Nullable(String) countyCode!: string | null;
  @Nullable(String) municipalityCode!: string | null;
  @Nullable(String, { description: 'The organisation a reporter answers for instead of a municipality' })
  organisationId!: string | null;
  @ApiProperty({ description: 'false: deactivated, cannot sign in' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
