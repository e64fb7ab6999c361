import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { Assessment } from './assessment.entity';
import { AssessmentRepository } from './assessment.repository';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [TypeOrmModule.forFeature([Assessment]), RoundsModule, GeographyModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsService, AssessmentRepository],
  exports: [AssessmentsService, AssessmentRepository],
})
export class AssessmentsModule {}
