import { DynamicModule, Module } from '@nestjs/common';
import { AccountModule } from './account/account.module';
import { ArchiveModule } from './archive/archive.module';
import { AssessmentWorkbookModule } from './assessment-workbook/assessment-workbook.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { Clock } from './common/clock';
import { CollectionsModule } from './collections/collections.module';
import { ForumsModule } from './forums/forums.module';
import { CommonModule } from './common/common.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { CountyPictureModule } from './county-picture/county-picture.module';
import { TrendsModule } from './trends/trends.module';
import { RiskRegisterModule } from './risk-register/risk-register.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { DatabaseModule } from './database/database.module';
import { ENTITIES } from './entities';
import { GeographyModule } from './geography/geography.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { RemindersModule } from './reminders/reminders.module';
import { ReportsModule } from './reports/reports.module';
import { RoundsModule } from './rounds/rounds.module';
import { UsersModule } from './users/users.module';
import { PageSettings } from './web/page-settings';
import { WebModule } from './web/web.module';

export interface AppOptions {
  clock?: Clock;
  pages?: PageSettings;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule.forRoot(options.clock),
        DatabaseModule.forRoot(ENTITIES),
        JobsModule,
        AuditModule,
        GeographyModule,
        UsersModule,
        AuthModule,
        AccountModule,
        RoundsModule,
        OrganisationsModule,
        AssessmentsModule,
        TrendsModule,
        CountyPictureModule,
        RiskRegisterModule,
        ReportsModule,
        ArchiveModule,
        RemindersModule,
        AssessmentWorkbookModule,
        CollectionsModule,
        ForumsModule,
        HealthModule,
        WebModule.forRoot(options.pages),
      ],
    };
  }
}
