import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { invalid } from '../common/domain-error';

/** The form field that carries the file, in the API and on the page. */
export const WORKBOOK_FIELD = 'workbook';
const MAX_BYTES = 5 * 1024 * 1024;

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `filen får vara högst ${MAX_BYTES / 1024 / 1024} MB`,
  LIMIT_UNEXPECTED_FILE: `skicka filen i fältet "${WORKBOOK_FIELD}", en fil åt gången`,
};

/**
 * Reads a multipart upload of one workbook into memory before guards run, so that the page's CSRF check sees the
 * form's fields like those of any other form.
 */
@Injectable()
export class WorkbookUploadMiddleware implements NestMiddleware {
  private readonly upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 },
  }).single(WORKBOOK_FIELD);

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.upload(req, res, (error: unknown) => {
        if (!error) return resolve();
        const code = (error as { code?: string }).code ?? '';
        reject(
          invalid([{ path: WORKBOOK_FIELD, message: MULTER_MESSAGES[code] ?? 'filen kunde inte tas emot' }]),
        );
      }),
    );
    next();
  }
}
