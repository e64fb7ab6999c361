import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../users/role';
import type { AssessmentHistory } from './assessment-history';
import type { AssessmentStatusView, AssessmentView, DraftCheckView } from './assessment.view';
import { AssessmentsService, type ChangesView } from './assessments.service';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { AssessmentQueryDto, ChangesQueryDto } from './dto/assessment-query.dto';
import { ReturnAssessmentDto, VersionGuardDto } from './dto/review.dto';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('api/rounds/:roundId/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<AssessmentStatusView[]> {
    return this.assessments.listForRound(actor, roundId);
  }

  @Get(':municipalityCode')
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: AssessmentQueryDto,
  ): Promise<AssessmentView> {
    return this.assessments.get(actor, roundId, code, query.prefill !== 'false');
  }

  @Put(':municipalityCode')
  save(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: AssessmentDocumentDto,
  ): Promise<AssessmentView> {
    return this.assessments.save(actor, roundId, code, dto);
  }

  /** Checks a draft as a save would, without saving it. */
  @Post(':municipalityCode/check')
  @HttpCode(200)
  check(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: AssessmentDocumentDto,
  ): Promise<DraftCheckView> {
    return this.assessments.check(actor, roundId, code, dto);
  }

  @Post(':municipalityCode/submit')
  @HttpCode(200)
  submit(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() guard: VersionGuardDto,
  ): Promise<AssessmentView> {
    return this.assessments.submit(actor, roundId, code, guard.version);
  }

  @Post(':municipalityCode/return')
  @HttpCode(200)
  return(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: ReturnAssessmentDto,
  ): Promise<AssessmentView> {
    return this.assessments.returnToMunicipality(actor, roundId, code, dto.comment);
  }

  @Post(':municipalityCode/approve')
  @HttpCode(200)
  approve(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() guard: VersionGuardDto,
  ): Promise<AssessmentView> {
    return this.assessments.approve(actor, roundId, code, guard.version);
  }

  @Get(':municipalityCode/changes')
  changes(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: ChangesQueryDto,
  ): Promise<ChangesView> {
    return this.assessments.changes(actor, roundId, code, query);
  }

  @Get(':municipalityCode/history')
  history(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
  ): Promise<AssessmentHistory> {
    return this.assessments.history(actor, roundId, code);
  }
}
