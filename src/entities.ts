import { ArchiveExport } from './archive/archive-export.entity';
import { AssessmentEvent } from './assessments/assessment-event.entity';
import { AssessmentSubmission } from './assessments/assessment-submission.entity';
import { Assessment } from './assessments/assessment.entity';
import {
  AssessmentAreaFigure,
  AssessmentFigures,
  RoundAreaCount,
} from './assessments/figures/assessment-figures.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { SignInThrottle } from './auth/sign-in-throttle.entity';
import {
  Collection,
  CollectionNarrative,
  CollectionReport,
  CollectionRound,
} from './collections/collection.entity';
import { Narrative } from './county-picture/narrative.entity';
import { ForumAnswer } from './forums/forum-answer.entity';
import { ForumParticipant } from './forums/forum-participant.entity';
import { ForumPoll } from './forums/forum-poll.entity';
import { ForumPreparation, ForumText, ForumTimer } from './forums/forum-text.entity';
import { Forum } from './forums/forum.entity';
import { County } from './geography/county.entity';
import { Municipality, MunicipalityGroup, MunicipalityPopulation } from './geography/municipality.entity';
import { Organisation } from './geography/organisation.entity';
import { JobLease } from './jobs/job-lease.entity';
import { Reminder } from './reminders/reminder.entity';
import { Report } from './reports/report.entity';
import { Round } from './rounds/round.entity';
import { User } from './users/user.entity';
import { Invitation } from './users/invitations/invitation.entity';
import { PasswordReset } from './account/password-reset.entity';
import { WebSession } from './web/session/web-session.entity';
import { KeptPost } from './web/session/kept-post.entity';

import { dataSourceOptions } from './database/data-source-options';

/** Every table of the service, as the application and its tools connect to them. */
export const ENTITIES = [
  County,
  Municipality,
  Organisation,
  MunicipalityGroup,
  MunicipalityPopulation,
  User,
  Invitation,
  PasswordReset,
  Round,
  Assessment,
  AssessmentSubmission,
  AssessmentEvent,
  AssessmentFigures,
  AssessmentAreaFigure,
  RoundAreaCount,
  AuditEvent,
  Narrative,
  Report,
  WebSession,
  KeptPost,
  SignInThrottle,
  ArchiveExport,
  Reminder,
  Collection,
  CollectionRound,
  CollectionReport,
  CollectionNarrative,
  Forum,
  ForumParticipant,
  ForumPoll,
  ForumAnswer,
  ForumText,
  ForumPreparation,
  ForumTimer,
  JobLease,
];

/** The service's database at `url`: every entity and migration. */
export const appDataSourceOptions = (url: string | undefined) => dataSourceOptions(url, ENTITIES);
