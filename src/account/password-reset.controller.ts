import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/public.decorator';
import { ApiErrors } from '../common/api-docs';
import { PasswordResetConfirmDto, PasswordResetRequestDto } from './dto/password-reset.dto';
import { PasswordResetsService } from './password-resets.service';
import { RateLimited } from '../auth/rate-limits';

class ResetRequestBody {
  @ApiProperty({ description: 'Always true: the answer says nothing about the address' }) accepted!: true;
}

@ApiTags('auth')
@Controller('api/auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetsService) {}

  /** Asks for a link to choose a new password. The answer is the same whether or not the address has an account. */
  @Public()
  @RateLimited('login')
  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: ResetRequestBody,
    description: 'Taken: a link is e-mailed if the address is an active account’s',
  })
  @ApiErrors(400, 429)
  request(@Body() dto: PasswordResetRequestDto): { accepted: true } {
    this.resets.request(dto.email);
    return { accepted: true };
  }

  /** Sets the new password through the link's token; every earlier session and token of the account ends. */
  @Public()
  @Post('confirm')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiErrors(400, 404)
  async confirm(@Body() dto: PasswordResetConfirmDto): Promise<void> {
    await this.resets.confirm(dto.token, dto.password);
  }
}
