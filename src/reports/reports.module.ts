import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountyPictureModule } from '../county-picture/county-picture.module';
import { Report } from './report.entity';
import { ReportsController } from './reports.controller';
import { ExportGate } from './export-gate';
import { ExportWriter } from './export-writer';
import { ReportRenderer } from './report-renderer';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Report]), CountyPictureModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportRenderer, ExportGate, ExportWriter],
  exports: [ReportsService, ReportRenderer, ExportGate, ExportWriter],
})
export class ReportsModule {}
