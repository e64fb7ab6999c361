import { TextField } from '../../../common/dto-fields';

/** The token of an invitation link, and the password its holder chooses. */
export class AcceptInvitationDto {
  @TextField(100, { required: true })
  token!: string;

  @TextField(200, { required: true })
  password!: string;
}
