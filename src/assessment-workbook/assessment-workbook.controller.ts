import { Controller, Get, Param, Put, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AssessmentView } from '../assessments/assessment.view';
import { CurrentActor } from '../access/current-actor.decorator';
import type { Actor } from '../access/actor';
import { AssessmentWorkbookService, XLSX_TYPE } from './assessment-workbook.service';
import { WORKBOOK_FIELD, WorkbookUploadInterceptor } from './workbook-upload.interceptor';
import { ApiErrors, ApiFile } from '../common/api-docs';
import { AssessmentBody } from '../assessments/dto/assessment.response';

@ApiTags('assessments')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('api/rounds/:roundId/assessments/:municipalityCode/workbook')
export class AssessmentWorkbookController {
  constructor(private readonly workbooks: AssessmentWorkbookService) {}

  /** The assessment as an Excel file to fill in, with dropdown lists of the round's taxonomy. */
  @Get()
  @ApiProduces(XLSX_TYPE)
  @ApiFile(XLSX_TYPE, 'The assessment as an Excel file to fill in')
  @ApiErrors(403, 404, 503)
  async download(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
  ): Promise<StreamableFile> {
    const { fileName, content } = await this.workbooks.download(actor, roundId, code);
    return new StreamableFile(content, {
      type: XLSX_TYPE,
      disposition: `attachment; filename="${fileName}"`,
    });
  }

  /** Saves the filled-in file as the draft; nothing is saved unless it is valid, and errors name sheet and cell. */
  @Put()
  @UseInterceptors(WorkbookUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [WORKBOOK_FIELD],
      properties: { [WORKBOOK_FIELD]: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: AssessmentBody })
  @ApiErrors(400, 403, 404, 409, 413, 503)
  upload(
    @CurrentActor() actor: Actor,
    @Param('roundId') roundId: string,
    @Param('municipalityCode') code: string,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<AssessmentView> {
    return this.workbooks.upload(actor, roundId, code, file?.buffer);
  }
}
