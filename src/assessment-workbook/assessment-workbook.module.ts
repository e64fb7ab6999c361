import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { RoundsModule } from '../rounds/rounds.module';
import { AssessmentWorkbookController } from './assessment-workbook.controller';
import { AssessmentWorkbookService } from './assessment-workbook.service';
import { WorkbookUploadMiddleware } from './workbook-upload.middleware';

@Module({
  imports: [AssessmentsModule, RoundsModule],
  controllers: [AssessmentWorkbookController],
  providers: [AssessmentWorkbookService],
  exports: [AssessmentWorkbookService],
})
export class AssessmentWorkbookModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(WorkbookUploadMiddleware)
      .forRoutes(
        { path: 'api/rounds/:roundId/assessments/:municipalityCode/workbook', method: RequestMethod.PUT },
        { path: 'rounds/:roundId/assessments/:code/workbook', method: RequestMethod.POST },
      );
  }
}
