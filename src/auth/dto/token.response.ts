import { ApiProperty } from '@nestjs/swagger';

export class TokenBody {
  @ApiProperty({ description: 'Send as `Authorization: Bearer …`' }) accessToken!: string;
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
}
