import { TextField } from '../../common/dto-fields';

export class LoginDto {
  @TextField(254, { required: true })
  email!: string;

  @TextField(200, { required: true })
  password!: string;
}
