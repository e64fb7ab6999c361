import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountyPictureModule } from '../county-picture/county-picture.module';
import { ForumsModule } from '../forums/forums.module';
import { GeographyModule } from '../geography/geography.module';
import { RoundsModule } from '../rounds/rounds.module';
import { ForumReportsController } from './forum-reports.controller';
import { ForumReportsService } from './forum-reports.service';
import { Report } from './report.entity';
import { ReportsController } from './reports.controller';
import { ExportGate } from './export-gate';
import { ExportWriter } from './export-writer';
import { ReportRenderer } from './report-renderer';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Report]),
    CountyPictureModule,
    ForumsModule,
    GeographyModule,
    RoundsModule,
  ],
  controllers: [ReportsController, ForumReportsController],
  providers: [ReportsService, ForumReportsService, ReportRenderer, ExportGate, ExportWriter],
  exports: [ReportsService, ForumReportsService, ReportRenderer, ExportGate, ExportWriter],
})
export class ReportsModule {}
