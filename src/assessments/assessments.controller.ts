import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import type { AssessmentHistory } from './assessment-history';
import type { AssessmentStatusView, AssessmentView, DraftCheckView } from './assessment.view';
import { AssessmentReadsService, type ChangesView } from './assessment-reads.service';
import { AssessmentWorkflowService } from './assessment-workflow.service';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { AssessmentQueryDto, ChangesQueryDto } from './dto/assessment-query.dto';
import { ReturnAssessmentDto, VersionGuardDto } from './dto/review.dto';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('api/rounds/:roundId/assessments')
export class AssessmentsController {
  constructor(
    private readonly reads: AssessmentReadsService,
    private readonly workflow: AssessmentWorkflowService,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<AssessmentStatusView[]> {
    return this.reads.listForRound(actor, roundId);
  }

  @Get(':municipalityCode')
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: AssessmentQueryDto,
  ): Promise<AssessmentView> {
    return this.reads.get(actor, roundId, code, query.prefill !== 'false');
  }

  @Put(':municipalityCode')
  save(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: AssessmentDocumentDto,
  ): Promise<AssessmentView> {
    return this.workflow.save(actor, roundId, code, dto);
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
    return this.workflow.check(actor, roundId, code, dto);
  }

  @Post(':municipalityCode/submit')
  @HttpCode(200)
  submit(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() guard: VersionGuardDto,
  ): Promise<AssessmentView> {
    return this.workflow.submit(actor, roundId, code, guard.version);
  }

  @Post(':municipalityCode/return')
  @HttpCode(200)
  return(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: ReturnAssessmentDto,
  ): Promise<AssessmentView> {
    return this.workflow.returnToMunicipality(actor, roundId, code, dto.comment);
  }

  @Post(':municipalityCode/approve')
  @HttpCode(200)
  approve(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() guard: VersionGuardDto,
  ): Promise<AssessmentView> {
    return this.workflow.approve(actor, roundId, code, guard.version);
  }

  @Get(':municipalityCode/changes')
  changes(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: ChangesQueryDto,
  ): Promise<ChangesView> {
    return this.reads.changes(actor, roundId, code, query);
  }

  @Get(':municipalityCode/history')
  history(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
  ): Promise<AssessmentHistory> {
    return this.reads.history(actor, roundId, code);
  }
}
