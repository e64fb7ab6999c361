import { Matches, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { EmailField, EnumField, IdField, TextField, says } from '../../common/dto-fields';
import { ROLES, Role } from '../../access/actor';

export class CreateUserDto {
  @EmailField({ required: true })
  email!: string;

  @TextField(200, { required: true })
  name!: string;

  @TextField(200, {
    description: 'Admins only. Without it, the user is invited by e-mail to choose their own (answer 202).',
  })
  password?: string;

  @EnumField(ROLES, { required: true })
  role!: Role;

  @ValidateIf(
    (o: CreateUserDto) =>
      (o.role === 'reporter' && o.organisationId === undefined) || o.municipalityCode !== undefined,
  )
  @Matches(/^\d{4}$/, says('municipality_code'))
  @ApiProperty({
    required: false,
    description: 'A reporter answers for a municipality, or for an organisation',
    example: '0780',
  })
  municipalityCode?: string;

  @IdField({
    description:
      "For an organisation's reporter: one of the county's organisations, instead of a municipality",
  })
  organisationId?: string;

  @ValidateIf(
    (o: CreateUserDto) => o.role === 'analyst' || o.role === 'coordinator' || o.countyCode !== undefined,
  )
  @Matches(/^\d{2}$/, {
    ...says('county_code_for_staff'),
  })
  @ApiProperty({ required: false, description: 'Required for analysts and coordinators', example: '07' })
  countyCode?: string;
}
