import { Matches, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { EmailField, EnumField, TextField } from '../../common/dto-fields';
import { ROLES, Role } from '../../access/actor';

export class CreateUserDto {
  @EmailField({ required: true })
  email!: string;

  @TextField(200, { required: true })
  name!: string;

  @TextField(200, { required: true })
  password!: string;

  @EnumField(ROLES, { required: true })
  role!: Role;

  @ValidateIf((o: CreateUserDto) => o.role === 'reporter' || o.municipalityCode !== undefined)
  @Matches(/^\d{4}$/, { message: 'måste vara en kommunkod med fyra siffror (krävs för rollen reporter)' })
  @ApiProperty({ required: false, description: 'Required for reporters', example: '0780' })
  municipalityCode?: string;

  @ValidateIf(
    (o: CreateUserDto) => o.role === 'analyst' || o.role === 'coordinator' || o.countyCode !== undefined,
  )
  @Matches(/^\d{2}$/, {
    message: 'måste vara en länskod med två siffror (krävs för analyst och coordinator)',
  })
  @ApiProperty({ required: false, description: 'Required for analysts and coordinators', example: '07' })
  countyCode?: string;
}
