import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { SECTION_KEYS, SectionKey } from './sections';
import { SECTION_DTOS } from './dto/section.dto';
import { SectionParamPipe } from './dto/section-param.pipe';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import type { AssessmentHistory } from './assessment-history';
import { describeFieldError, Language, RequestLanguage, TRANSLATORS } from '../common/i18n';
import type { AssessmentStatusView, AssessmentView } from './assessment.view';
import { AssessmentReadsService, type ChangesView } from './assessment-reads.service';
import { AssessmentWorkflowService } from './assessment-workflow.service';
import { SectionSavesService } from './section-saves.service';
import { AssessmentDocumentDto } from './dto/assessment-document.dto';
import { AssessmentQueryDto, ChangesQueryDto } from './dto/assessment-query.dto';
import { ReturnAssessmentDto, VersionGuardDto } from './dto/review.dto';
import { ApiErrors } from '../common/api-docs';
import {
  AssessmentBody,
  AssessmentStatusBody,
  ChangesBody,
  DraftCheckBody,
  HistoryBody,
} from './dto/assessment.response';

@ApiTags('assessments')
@ApiBearerAuth()
@ApiErrors(401)
@ApiParam({
  name: 'municipalityCode',
  required: false,
  description:
    "Who answers: a municipality's code, or the id of one of the county's organisations that the round asks",
})
@Controller('api/rounds/:roundId/assessments')
export class AssessmentsController {
  constructor(
    private readonly reads: AssessmentReadsService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly sections: SectionSavesService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [AssessmentStatusBody] })
  @ApiErrors(404)
  list(@CurrentActor() actor: Actor, @Param('roundId') roundId: string): Promise<AssessmentStatusView[]> {
    return this.reads.listForRound(actor, roundId);
  }

  @Get(':municipalityCode')
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404)
  get(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: AssessmentQueryDto,
  ): Promise<AssessmentView> {
    return this.reads.get(actor, roundId, code, query.prefill !== 'false');
  }

  @Put(':municipalityCode')
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409)
  save(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: AssessmentDocumentDto,
  ): Promise<AssessmentView> {
    return this.workflow.save(actor, roundId, code, dto);
  }

  /**
   * Saves one section of the draft. `version` is the section's version that was read: saves of other sections in
   * between never conflict; a stale save of this section answers 409 with what is stored (`stored`). Links to risks
   * that are no longer in the assessment are left out.
   */
  @Put(':municipalityCode/sections/:section')
  @ApiParam({ name: 'section', enum: [...SECTION_KEYS] })
  @ApiExtraModels(...Object.values(SECTION_DTOS))
  @ApiBody({ schema: { oneOf: Object.values(SECTION_DTOS).map((dto) => ({ $ref: getSchemaPath(dto) })) } })
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409)
  saveSection(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Param('section', SectionParamPipe) section: SectionKey,
    @Body() body: unknown,
  ): Promise<AssessmentView> {
    return this.sections.save(actor, roundId, code, section, body);
  }

  /** Checks a draft as a save would, without saving it. */
  @Post(':municipalityCode/check')
  @HttpCode(200)
  @ApiOkResponse({ type: DraftCheckBody })
  @ApiErrors(400, 403, 404, 409)
  async check(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() dto: AssessmentDocumentDto,
    @RequestLanguage() language: Language,
  ): Promise<DraftCheckBody> {
    const { missingForSubmission } = await this.workflow.check(actor, roundId, code, dto);
    return {
      missingForSubmission: missingForSubmission.map((e) => describeFieldError(TRANSLATORS[language], e)),
    };
  }

  @Post(':municipalityCode/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409, 422)
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
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409)
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
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409)
  approve(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Body() guard: VersionGuardDto,
  ): Promise<AssessmentView> {
    return this.workflow.approve(actor, roundId, code, guard.version);
  }

  @Get(':municipalityCode/changes')
  @ApiOkResponse({ type: ChangesBody })
  @ApiErrors(400, 403, 404)
  changes(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @Query() query: ChangesQueryDto,
  ): Promise<ChangesView> {
    return this.reads.changes(actor, roundId, code, query);
  }

  @Get(':municipalityCode/history')
  @ApiOkResponse({ type: HistoryBody })
  @ApiErrors(403, 404)
  history(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
  ): Promise<AssessmentHistory> {
    return this.reads.history(actor, roundId, code);
  }
}
