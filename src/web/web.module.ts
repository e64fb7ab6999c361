import { ArchiveModule } from '../archive/archive.module';
import { RemindersModule } from '../reminders/reminders.module';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { AssessmentWorkbookModule } from '../assessment-workbook/assessment-workbook.module';
import { AccountModule } from '../account/account.module';
import { AuthModule } from '../auth/auth.module';
import { CollectionsModule } from '../collections/collections.module';
import { ForumsModule } from '../forums/forums.module';
import { CountyPictureModule } from '../county-picture/county-picture.module';
import { GeographyModule } from '../geography/geography.module';
import { ReportsModule } from '../reports/reports.module';
import { RoundsModule } from '../rounds/rounds.module';
import { UsersModule } from '../users/users.module';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { RiskRegisterModule } from '../risk-register/risk-register.module';
import { RegisterPagesController } from './risk-register/register-pages.controller';
import { OrganisationPagesController } from './organisations/organisation-pages.controller';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AccountPagesController } from './account/account-pages.controller';
import { TwoFactorPagesController } from './account/two-factor-pages.controller';
import { AdminPagesController } from './admin/admin-pages.controller';
import { ArchivePagesController } from './archive/archive-pages.controller';
import { AuditPagesController } from './audit/audit-pages.controller';
import { AssessmentPagesController } from './assessments/assessment-pages.controller';
import { AssessmentPagesService } from './assessments/assessment-pages.service';
import { SectionPagesController } from './assessments/section-pages.controller';
import { SectionPagesService } from './assessments/section-pages.service';
import { AuthPagesController } from './auth/auth-pages.controller';
import { CollectionPagesController } from './collections/collection-pages.controller';
import { ForumPagesController } from './forums/forum-pages.controller';
import { ParticipationPagesController } from './forums/participation-pages.controller';
import { ForumTextsPagesController } from './forums/forum-texts-pages.controller';
import { DashboardPagesController } from './county-picture/dashboard-pages.controller';
import { PageSettings } from './page-settings';
import { ReportPagesController } from './reports/report-pages.controller';
import { RoundPagesController } from './rounds/round-pages.controller';
import { RoundPagesService } from './rounds/round-pages.service';
import { CookiePolicy } from './session/cookie-policy';
import { BrowserCookies } from './session/browser-cookies';
import { SessionsService } from './session/sessions.service';
import { WebSession } from './session/web-session.entity';
import { KeptPost } from './session/kept-post.entity';
import { KeptPostsService } from './session/kept-posts.service';
import { KeptPostsController } from './session/kept-posts.controller';
import { WebSessionGuard } from './session/web-session.guard';
import { UserPagesController } from './users/user-pages.controller';

/** The pages: server-rendered, signed in by session cookie, drawing on the same services as the API. */
@Module({})
export class WebModule {
  static forRoot(settings: PageSettings = new PageSettings()): DynamicModule {
    return {
      module: WebModule,
      imports: [
        TypeOrmModule.forFeature([WebSession, KeptPost]),
        AuthModule,
        AccountModule,
        UsersModule,
        AuditLogModule,
        GeographyModule,
        RoundsModule,
        AssessmentsModule,
        AssessmentWorkbookModule,
        CountyPictureModule,
        ReportsModule,
        ArchiveModule,
        RemindersModule,
        CollectionsModule,
        ForumsModule,
        RiskRegisterModule,
        OrganisationsModule,
      ],
      controllers: [
        AuthPagesController,
        AccountPagesController,
        TwoFactorPagesController,
        AdminPagesController,
        RoundPagesController,
        AssessmentPagesController,
        SectionPagesController,
        KeptPostsController,
        DashboardPagesController,
        ReportPagesController,
        UserPagesController,
        AuditPagesController,
        ArchivePagesController,
        CollectionPagesController,
        ForumPagesController,
        ParticipationPagesController,
        ForumTextsPagesController,
        RegisterPagesController,
        OrganisationPagesController,
      ],
      providers: [
        { provide: PageSettings, useValue: settings },
        SessionsService,
        KeptPostsService,
        CookiePolicy,
        BrowserCookies,
        WebSessionGuard,
        AssessmentPagesService,
        SectionPagesService,
        RoundPagesService,
      ],
    };
  }
}
