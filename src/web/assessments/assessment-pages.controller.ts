import {
  Body,
  ExecutionContext,
  Get,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
  createParamDecorator,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AssessmentWorkflowService } from '../../assessments/assessment-workflow.service';
import { AssessmentWorkbookService, XLSX_TYPE } from '../../assessment-workbook/assessment-workbook.service';
import { WorkbookUploadInterceptor } from '../../assessment-workbook/workbook-upload.interceptor';
import { CurrentActor } from '../../access/current-actor.decorator';
import type { Actor } from '../../access/actor';
import { askFirst } from '../forms/confirmation';
import { textOf } from '../forms/form-posts';
import type { PageLocals } from '../web-context';
import { WebController } from '../web-controller.decorator';
import { AssessmentPagesService, assessmentPath, PostOutcome } from './assessment-pages.service';

const tOf = (res: Response) => (res.locals as PageLocals).t;

interface Ref {
  roundId: string;
  code: string;
}

/** The round and municipality of the route. */
const AssessmentRef = createParamDecorator((_: unknown, context: ExecutionContext): Ref => {
  const params = context.switchToHttp().getRequest<Request>().params as Record<string, string>;
  return { roundId: params.roundId ?? '', code: params.code ?? '' };
});

function answer(res: Response, outcome: PostOutcome): void {
  if ('redirect' in outcome) return res.redirect(303, outcome.redirect);
  res.status(outcome.status).render('assessments/tasks', outcome.page);
}

@WebController('rounds/:roundId/assessments/:code')
export class AssessmentPagesController {
  constructor(
    private readonly pages: AssessmentPagesService,
    private readonly workflow: AssessmentWorkflowService,
    private readonly workbooks: AssessmentWorkbookService,
  ) {}

  /** The task list for those who may edit the assessment now; the assessment to read for everyone else. */
  @Get()
  async show(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Res() res: Response,
  ): Promise<void> {
    const page = await this.pages.tasks(actor, roundId, code, tOf(res));
    if (page.editable) return res.render('assessments/tasks', page);
    res.render('assessments/view', await this.pages.readOnly(actor, roundId, code, tOf(res)));
  }

  /** Starts from an empty assessment instead of the proposal, once confirmed. */
  @Post('start-empty')
  async startEmpty(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const base = assessmentPath(roundId, code);
    await this.workflow.requireSavable(actor, roundId, code);
    if (askFirst(res, body, { action: `${base}/start-empty`, question: 'startEmpty', back: base })) return;
    res.redirect(303, await this.pages.startEmpty(actor, roundId, code));
  }

  @Get('workbook')
  async workbook(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Res() res: Response,
  ): Promise<void> {
    const { fileName, content } = await this.workbooks.download(actor, roundId, code);
    res.attachment(fileName).type(XLSX_TYPE).send(content);
  }

  @Post('workbook')
  @UseInterceptors(WorkbookUploadInterceptor)
  async uploadWorkbook(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Res() res: Response,
  ): Promise<void> {
    answer(res, await this.pages.uploadWorkbook(actor, roundId, code, file?.buffer, tOf(res)));
  }

  @Get('submit')
  async confirm(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Res() res: Response,
  ): Promise<void> {
    const { status, view, page } = await this.pages.confirmation(actor, roundId, code, tOf(res));
    res.status(status).render(view, page);
  }

  @Post('submit')
  async submit(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const outcome = await this.pages.submit(actor, roundId, code, Number(textOf(body, 'version')), tOf(res));
    if ('redirect' in outcome) return res.redirect(303, outcome.redirect);
    res.status(outcome.status).render('assessments/confirm', outcome.page);
  }

  @Post('return')
  async returnIt(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const comment = textOf(body, 'comment');
    // An empty comment is refused on the form itself, before anything is asked.
    if (
      comment.trim() !== '' &&
      (await this.askFirst(actor, { roundId, code }, res, body, 'return', { comment }))
    )
      return;
    const outcome = await this.pages.returnWithComment(actor, roundId, code, comment, tOf(res));
    if ('redirect' in outcome) return res.redirect(303, outcome.redirect);
    res.status(outcome.status).render('assessments/view', outcome.page);
  }

  @Post('approve')
  async approve(
    @CurrentActor() actor: Actor,
    @AssessmentRef() { roundId, code }: Ref,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const version = textOf(body, 'version');
    if (await this.askFirst(actor, { roundId, code }, res, body, 'approve', { version })) return;
    await this.workflow.approve(actor, roundId, code, Number(version));
    res.redirect(303, `${assessmentPath(roundId, code)}?notice=approved`);
  }

  /** Asks before a review step, once it is the actor's to take; true when the question is the answer. */
  private async askFirst(
    actor: Actor,
    { roundId, code }: Ref,
    res: Response,
    body: Record<string, unknown>,
    step: 'return' | 'approve',
    fields: Record<string, string>,
  ): Promise<boolean> {
    await this.workflow.requireAllowed(actor, roundId, code, step);
    const base = assessmentPath(roundId, code);
    const question = step === 'return' ? 'returnAssessment' : 'approveAssessment';
    return askFirst(res, body, { action: `${base}/${step}`, question, back: base, fields });
  }
}
