import { ApiProperty } from '@nestjs/swagger';
import { Matches, ValidateIf } from 'class-validator';
import { ROLES, Role } from '../../access/actor';
import { BooleanField, EnumField, IdField, TextField, says } from '../../common/dto-fields';

/** What may change about an account; a field left out stays as it is. */
export class UpdateUserDto {
  @TextField(200)
  name?: string;

  @EnumField(ROLES)
  role?: Role;

  @ValidateIf((o: UpdateUserDto) => o.municipalityCode !== undefined)
  @Matches(/^\d{4}$/, says('municipality_code'))
  @ApiProperty({ required: false, description: 'For reporters', example: '0780' })
  municipalityCode?: string;

  @IdField({ description: "For an organisation's reporter, instead of a municipality" })
  organisationId?: string;

  @ValidateIf((o: UpdateUserDto) => o.countyCode !== undefined)
  @Matches(/^\d{2}$/, says('county_code_for_staff'))
  @ApiProperty({ required: false, description: 'For analysts and coordinators', example: '07' })
  countyCode?: string;

  @BooleanField({ description: 'false deactivates the account, which ends its tokens and sessions at once' })
  active?: boolean;
}
