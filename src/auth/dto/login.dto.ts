import { TextField } from '../../common/dto-fields';

export class LoginDto {
  @TextField(254, { required: true })
  email!: string;

  @TextField(200, { required: true })
  password!: string;

  @TextField(20, {
    description: 'The authenticator app’s code or a recovery code, for an account with a second factor',
  })
  totp?: string;
}
