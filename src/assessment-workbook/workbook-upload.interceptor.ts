import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { finalize, Observable } from 'rxjs';
import { AssessmentWorkflowService } from '../assessments/assessment-workflow.service';
import type { AuthenticatedRequest } from '../access/current-actor.decorator';
import { FieldError, forbidden, invalid } from '../common/domain-error';
import { PACKAGE_LIMITS } from './workbook-package';
import { WorkbookThreads } from './workbook-threads';

/** The form field that carries the file, in the API and on the page. */
export const WORKBOOK_FIELD = 'workbook';

const MULTER_ERRORS: Record<string, FieldError> = {
  LIMIT_FILE_SIZE: {
    path: WORKBOOK_FIELD,
    code: 'workbook.too_large',
    params: { mb: PACKAGE_LIMITS.fileBytes / 1024 / 1024 },
  },
  LIMIT_UNEXPECTED_FILE: {
    path: WORKBOOK_FIELD,
    code: 'workbook.one_file',
    params: { field: WORKBOOK_FIELD },
  },
};

/**
 * Reads a multipart upload of one workbook into memory, but only for someone who may save this assessment now and
 * only while a reading thread (or a place in its queue) is free: the guards have signed the sender in, this checks
 * the rest before a byte of the body is read.
 */
@Injectable()
export class WorkbookUploadInterceptor implements NestInterceptor {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: PACKAGE_LIMITS.fileBytes, files: 1, fields: 5, fieldSize: 1024 },
  }).single(WORKBOOK_FIELD);
  constructor(
    private readonly workflow: AssessmentWorkflowService,
    private readonly threads: WorkbookThreads,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request & AuthenticatedRequest>();
    const res = http.getResponse<Response>();
    const { roundId = '', municipalityCode, code } = req.params as Record<string, string | undefined>;
    if (!req.actor) throw forbidden();
    await this.workflow.requireSavable(req.actor, roundId, municipalityCode ?? code ?? '');
    const release = this.threads.reserve();
    try {
      await new Promise<void>((resolve, reject) =>
        this.upload(req, res, (error: unknown) => {
          if (!error) return resolve();
          const reason = (error as { code?: string }).code ?? '';
          reject(invalid([MULTER_ERRORS[reason] ?? { path: WORKBOOK_FIELD, code: 'workbook.not_received' }]));
        }),
      );
    } catch (error) {
      release();
      throw error;
    }
    return next.handle().pipe(finalize(release));
  }
}
