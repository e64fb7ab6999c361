import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { TrendsModule } from '../trends/trends.module';
import { ForumsModule } from '../forums/forums.module';
import { CountyPictureController } from './county-picture.controller';
import { CountyPictureService } from './county-picture.service';

@Module({
  imports: [RoundsModule, GeographyModule, AssessmentsModule, TrendsModule, ForumsModule],
  controllers: [CountyPictureController],
  providers: [CountyPictureService],
  exports: [CountyPictureService],
})
export class CountyPictureModule {}
