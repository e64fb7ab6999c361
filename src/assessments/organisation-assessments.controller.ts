import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { ApiErrors } from '../common/api-docs';
import { AssessmentReadsService } from './assessment-reads.service';
import type { OrganisationStatusView } from './assessment.view';
import { OrganisationStatusBody } from './dto/assessment.response';

/**
 * The organisations a round asks besides its municipalities, with where each one's assessment stands. Their
 * assessments themselves are read and written at `/api/rounds/:roundId/assessments/:organisationId`.
 */
@ApiTags('assessments')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/rounds/:roundId/organisation-assessments')
export class OrganisationAssessmentsController {
  constructor(private readonly reads: AssessmentReadsService) {}

  @Get()
  @ApiOkResponse({ type: [OrganisationStatusBody] })
  @ApiErrors(404)
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<OrganisationStatusView[]> {
    return this.reads.listOrganisationsOfRound(actor, roundId);
  }
}
