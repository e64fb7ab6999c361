import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { ApiErrors } from '../common/api-docs';
import { RiskRegisterBody } from './dto/risk-register.response';
import type { RiskRegister } from './risk-register.model';
import { RiskRegisterService } from './risk-register.service';

@ApiTags('social-risk register')
@ApiBearerAuth()
@ApiErrors(401, 404)
@Controller('api/municipalities/:code/risk-register')
export class RiskRegisterController {
  constructor(private readonly registers: RiskRegisterService) {}

  /** The municipality's social risks across its rounds, with the risk matrix of those it reports now: for its RSA. */
  @Get()
  @ApiOkResponse({ type: RiskRegisterBody })
  register(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<RiskRegister> {
    return this.registers.register(actor, code);
  }
}
