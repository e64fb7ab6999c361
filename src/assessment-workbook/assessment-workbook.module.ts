import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { RoundsModule } from '../rounds/rounds.module';
import { AssessmentWorkbookController } from './assessment-workbook.controller';
import { AssessmentWorkbookService } from './assessment-workbook.service';
import { WorkbookThreads } from './workbook-threads';
import { WorkbookUploadInterceptor } from './workbook-upload.interceptor';

@Module({
  imports: [AssessmentsModule, RoundsModule],
  controllers: [AssessmentWorkbookController],
  providers: [AssessmentWorkbookService, WorkbookThreads, WorkbookUploadInterceptor],
  exports: [AssessmentWorkbookService, WorkbookThreads, WorkbookUploadInterceptor],
})
export class AssessmentWorkbookModule {}
