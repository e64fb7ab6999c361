import { RoundsModule } from '../rounds/rounds.module';
import { GeographyModule } from '../geography/geography.module';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountyPictureModule } from '../county-picture/county-picture.module';
import { ReportsModule } from '../reports/reports.module';
import { TrendsModule } from '../trends/trends.module';
import { Collection, CollectionNarrative, CollectionReport, CollectionRound } from './collection.entity';
import { CollectionsController } from './collections.controller';
import { CollectionsService } from './collections.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Collection, CollectionRound, CollectionReport, CollectionNarrative]),
    CountyPictureModule,
    ReportsModule,
    RoundsModule,
    GeographyModule,
    TrendsModule,
  ],
  controllers: [CollectionsController],
  providers: [CollectionsService],
  exports: [CollectionsService],
})
export class CollectionsModule {}
