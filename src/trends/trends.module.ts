import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { TrendsController } from './trends.controller';
import { TrendsService } from './trends.service';

@Module({
  imports: [AssessmentsModule, RoundsModule, GeographyModule],
  controllers: [TrendsController],
  providers: [TrendsService],
  exports: [TrendsService],
})
export class TrendsModule {}
