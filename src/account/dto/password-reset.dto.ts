import { EmailField, TextField } from '../../common/dto-fields';

export class PasswordResetRequestDto {
  @EmailField({ required: true })
  email!: string;
}

/** The token of a reset link, and the new password. */
export class PasswordResetConfirmDto {
  @TextField(100, { required: true })
  token!: string;

  @TextField(200, { required: true })
  password!: string;
}
