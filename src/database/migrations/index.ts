import { Initial1795428694951 } from './1795428694951-Initial';
import { AppendOnlyHistory1795428694952 } from './1795428694952-AppendOnlyHistory';
import { CountyPictureAndReports1795429769844 } from './1795429769844-CountyPictureAndReports';
import { ReportsAppendOnly1795429769845 } from './1795429769845-ReportsAppendOnly';
import { WebSessions1795431146639 } from './1795431146639-WebSessions';
import { ArchiveExports1795440985573 } from './1795440985573-ArchiveExports';
import { Reminders1795444364891 } from './1795444364891-Reminders';
import { Collections1795447765319 } from './1795447765319-Collections';
import { JobLeases1796184564944 } from './1796184564944-JobLeases';
import { StableItemIds1796204868643 } from './1796204868643-StableItemIds';
import { SubmissionFigures1796206123864 } from './1796206123864-SubmissionFigures';
import { RoundAreaCounts1796208590520 } from './1796208590520-RoundAreaCounts';
import { SectionSaves1796214421379 } from './1796214421379-SectionSaves';
import { KeptPosts1796217666474 } from './1796217666474-KeptPosts';
import { RoundEvent1796218394950 } from './1796218394950-RoundEvent';
import { AccountLifecycle1796225549713 } from './1796225549713-AccountLifecycle';
import { Invitations1796226211669 } from './1796226211669-Invitations';
import { SecondFactor1796227200000 } from './1796227200000-SecondFactor';
import { ReportDetails1796300000000 } from './1796300000000-ReportDetails';
import { CollectionNarratives1796310000000 } from './1796310000000-CollectionNarratives';
import { Forums1796320000000 } from './1796320000000-Forums';
import { ForumLive1796330000000 } from './1796330000000-ForumLive';
import { RsaQuestions1796340000000 } from './1796340000000-RsaQuestions';
import { Organisations1796350000000 } from './1796350000000-Organisations';
import { OrganisationReporters1796360000000 } from './1796360000000-OrganisationReporters';
import { OrganisationAssessments1796370000000 } from './1796370000000-OrganisationAssessments';
import { RemindedRespondents1796380000000 } from './1796380000000-RemindedRespondents';

/** In the order they run. A committed migration is never edited; a change of schema is a new migration. */
export const MIGRATIONS = [
  Initial1795428694951,
  AppendOnlyHistory1795428694952,
  CountyPictureAndReports1795429769844,
  ReportsAppendOnly1795429769845,
  WebSessions1795431146639,
  ArchiveExports1795440985573,
  Reminders1795444364891,
  Collections1795447765319,
  JobLeases1796184564944,
  StableItemIds1796204868643,
  SubmissionFigures1796206123864,
  RoundAreaCounts1796208590520,
  SectionSaves1796214421379,
  KeptPosts1796217666474,
  RoundEvent1796218394950,
  AccountLifecycle1796225549713,
  Invitations1796226211669,
  SecondFactor1796227200000,
  ReportDetails1796300000000,
  CollectionNarratives1796310000000,
  Forums1796320000000,
  ForumLive1796330000000,
  RsaQuestions1796340000000,
  Organisations1796350000000,
  OrganisationReporters1796360000000,
  OrganisationAssessments1796370000000,
  RemindedRespondents1796380000000,
];
