import { TextField } from '../../common/dto-fields';

export class ChangePasswordDto {
  @TextField(200, { required: true })
  currentPassword!: string;

  @TextField(200, { required: true })
  newPassword!: string;
}
