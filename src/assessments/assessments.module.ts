import { OrganisationAssessmentsController } from './organisation-assessments.controller';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { UsersModule } from '../users/users.module';
import { AssessmentLocator } from './assessment-locator';
import { AssessmentRecorder } from './assessment-recorder';
import { SectionSavesService } from './section-saves.service';
import { AssessmentReadsService } from './assessment-reads.service';
import { AssessmentWorkflowService } from './assessment-workflow.service';
import { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import { AssessmentsController } from './assessments.controller';
import { FiguresRepository } from './figures/figures.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Assessment]), RoundsModule, GeographyModule, UsersModule],
  controllers: [AssessmentsController, OrganisationAssessmentsController],
  providers: [
    AssessmentLocator,
    AssessmentReadsService,
    AssessmentWorkflowService,
    AssessmentRecorder,
    SectionSavesService,
    AssessmentRepository,
    FiguresRepository,
  ],
  exports: [
    AssessmentReadsService,
    AssessmentWorkflowService,
    SectionSavesService,
    AssessmentRepository,
    FiguresRepository,
  ],
})
export class AssessmentsModule {}
