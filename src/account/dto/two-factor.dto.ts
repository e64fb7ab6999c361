import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../../common/dto-fields';

export class TwoFactorCodeDto {
  @TextField(20, { required: true, description: 'The six digits the authenticator app shows now' })
  code!: string;
}

export class TwoFactorDisableDto {
  @TextField(200, { required: true })
  password!: string;
}

export class TwoFactorSecretBody {
  @ApiProperty({ description: 'The secret, base32, to type into an authenticator app' }) secret!: string;
  @ApiProperty({ description: 'The otpauth:// address an app reads from a QR code' }) uri!: string;
}

export class RecoveryCodesBody {
  @ApiProperty({ type: [String], description: 'One-time codes for when the app is lost; shown only now' })
  recoveryCodes!: string[];
}
