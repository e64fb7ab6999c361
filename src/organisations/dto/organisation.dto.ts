import { BooleanField, EnumField, TextField } from '../../common/dto-fields';
import { ORGANISATION_KINDS, OrganisationKind } from '../../geography/organisation.entity';

export class CreateOrganisationDto {
  @TextField(200, { required: true })
  name!: string;

  @EnumField(ORGANISATION_KINDS, { required: true })
  kind!: OrganisationKind;
}

/** What may change of an organisation: its name, its kind, whether new rounds are offered it. */
export class UpdateOrganisationDto {
  @TextField(200)
  name?: string;

  @EnumField(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @BooleanField()
  active?: boolean;
}
