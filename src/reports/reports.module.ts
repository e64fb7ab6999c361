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
import { RegisterReportsController } from './register-reports.controller';
import { RegisterReportsService } from './register-reports.service';
import { RiskRegisterModule } from '../risk-register/risk-register.module';

@Module({
  imports: [
    TypeOrmModule.forFeature([Report]),
    CountyPictureModule,
    ForumsModule,
    GeographyModule,
    RoundsModule,
    RiskRegisterModule,
  ],
  controllers: [ReportsController, ForumReportsController, RegisterReportsController],
  providers: [
    ReportsService,
    ForumReportsService,
    RegisterReportsService,
    ReportRenderer,
    ExportGate,
    ExportWriter,
  ],
  exports: [
    ReportsService,
    ForumReportsService,
    RegisterReportsService,
    ReportRenderer,
    ExportGate,
    ExportWriter,
  ],
})
export class ReportsModule {}
